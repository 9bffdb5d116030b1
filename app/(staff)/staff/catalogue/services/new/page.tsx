// A new service in a package (manager): chosen mode, slug, texts, price and booking rules.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/localized";
import { newServiceFormValues } from "@/app/(staff)/staff/catalogue/_lib/form-values";
import { UUID_RE } from "@/lib/uuid";
import { requireManagerPage } from "@/app/_server/manager-page";
import { ServiceForm } from "@/components/staff-admin/service-form";
import { listDepartmentsForAdmin } from "@/server/catalogue/manage-services";
import { getPropertySettings } from "@/server/property/settings";
import { getPackageForEdit } from "@/server/catalogue/manage-packages";
import { addService } from "../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.catalogueAdmin"))("newService") };
}

export default async function NewServicePage({ searchParams }: { searchParams: Promise<{ package?: string }> }) {
  const staff = await requireManagerPage();
  const { package: packageId } = await searchParams;
  if (typeof packageId !== "string" || !UUID_RE.test(packageId)) notFound();
  const pkg = await getPackageForEdit(staff, packageId);
  if (!pkg) notFound();
  const [departments, property, t, locale] = await Promise.all([
    listDepartmentsForAdmin(staff.propertyId),
    getPropertySettings(staff.propertyId),
    getTranslations("staff.catalogueAdmin"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/staff/catalogue" className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("newServiceIn", { name: localized(pkg.package.name, locale) })}</h1>
      <section aria-label={t("newService")} className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <ServiceForm
          action={addService}
          target={{ kind: "create", packageId: pkg.package.id }}
          values={newServiceFormValues(departments[0]?.id ?? "", property.currency)}
          departments={departments}
          currency={property.currency}
        />
      </section>
    </div>
  );
}
