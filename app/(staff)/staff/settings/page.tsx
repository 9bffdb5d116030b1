// Property settings (manager): how long guests' personal data is kept after check-out.
import { getTranslations } from "next-intl/server";
import { RetentionForm } from "@/components/staff-admin/retention-form";
import { requireManagerPage } from "@/app/_server/manager-page";
import { getRetentionDays } from "@/server/property/retention-setting";
import { setRetentionAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.retention"))("title") };
}

export default async function PropertySettingsPage() {
  const staff = await requireManagerPage();
  const [days, t] = await Promise.all([getRetentionDays(staff.propertyId), getTranslations("staff.retention")]);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      <section aria-labelledby="retention" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="retention" className="mb-2 text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="mb-4 text-stone-700">{t("intro")}</p>
        <RetentionForm action={setRetentionAction} days={days} />
      </section>
    </div>
  );
}
