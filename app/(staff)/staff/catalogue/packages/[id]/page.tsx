// Editing one package (manager): texts per language, bundle price, order, status, and its items.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/localized";
import { UUID_RE } from "@/lib/uuid";
import { requireManagerPage } from "@/app/_server/manager-page";
import { PackageForm, PackageItemsForm } from "@/components/staff-admin/package-forms";
import { getPackageForEdit } from "@/server/catalogue/manage-packages";
import { formatMinorPlain } from "@/lib/money";
import { savePackage, savePackageItems } from "../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.catalogueAdmin"))("editPackageTitle") };
}

export default async function EditPackagePage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireManagerPage();
  const { id } = await params;
  if (!UUID_RE.test(id)) notFound();
  const edit = await getPackageForEdit(staff, id);
  if (!edit) notFound();
  const [t, locale] = await Promise.all([getTranslations("staff.catalogueAdmin"), getLocale()]);
  const pkg = edit.package;
  // Items first in their order, then the other services.
  const services = [...edit.services].sort((a, b) => {
    const ia = edit.itemIds.indexOf(a.id);
    const ib = edit.itemIds.indexOf(b.id);
    return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  });
  return (
    <div className="space-y-6">
      <Link href="/staff/catalogue" className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {t("back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{localized(pkg.name, locale)}</h1>
        <p className="mt-1 text-sm text-stone-700">{t("pricesNote")}</p>
      </header>
      <section aria-labelledby="package-details" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="package-details" className="mb-4 text-lg font-semibold">
          {t("details")}
        </h2>
        <PackageForm
          action={savePackage}
          packageId={pkg.id}
          currency={edit.currency}
          values={{
            name: pkg.name,
            description: pkg.description,
            bundlePrice: pkg.bundlePriceMinor === null ? "" : formatMinorPlain(pkg.bundlePriceMinor, edit.currency),
            sortOrder: String(pkg.sortOrder),
            active: pkg.active,
          }}
        />
      </section>
      <section aria-labelledby="package-items" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="package-items" className="mb-4 text-lg font-semibold">
          {t("items.title")}
        </h2>
        <PackageItemsForm
          action={savePackageItems}
          packageId={pkg.id}
          itemIds={edit.itemIds}
          services={services.map((s) => ({ id: s.id, name: localized(s.name, locale), active: s.active }))}
        />
      </section>
    </div>
  );
}
