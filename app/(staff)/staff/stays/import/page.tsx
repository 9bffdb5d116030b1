// Import stays from a PMS export: check first (new, updated, problems per line), then import all of it or nothing.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/app/(staff)/staff/stays/_components/import-form";
import { CSV_MAX_BYTES, CSV_MAX_ROWS, STAY_CSV_COLUMNS } from "@/lib/csv-stays";
import { requireDeskStaff } from "../_lib/desk";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.stays.import"))("title") };
}

export default async function ImportStaysPage() {
  await requireDeskStaff();
  const t = await getTranslations("staff.stays");
  return (
    <>
      <Link href="/staff/stays" className="font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("import.title")}</h1>
      <p className="mt-1 text-stone-700">{t("import.intro")}</p>
      <p className="mt-2 text-sm text-stone-700">
        {t("import.columns", { columns: STAY_CSV_COLUMNS.join(", "), rows: CSV_MAX_ROWS, mb: CSV_MAX_BYTES / 1024 / 1024 })}
      </p>
      <p className="mt-2 mb-4 text-sm text-stone-700">{t("import.updates")}</p>
      <ImportForm />
    </>
  );
}
