// Download the folio entries of a range of days as CSV (a plain GET form: the browser saves the file).
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/field";

export function FolioExportForm({ from, to }: { from: string; to: string }) {
  const t = useTranslations("staff.folio");
  return (
    <section aria-labelledby="folio-export-title" className="no-print mt-8 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="folio-export-title" className="text-lg font-semibold">
        {t("exportTitle")}
      </h2>
      <p className="text-stone-700">{t("exportIntro")}</p>
      <form method="get" action="/api/staff/folio" className="mt-2 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="folio-from" className="block font-medium">
            {t("from")}
          </label>
          <input id="folio-from" name="from" type="date" defaultValue={from} required className={inputClass} />
        </div>
        <div>
          <label htmlFor="folio-to" className="block font-medium">
            {t("to")}
          </label>
          <input id="folio-to" name="to" type="date" defaultValue={to} required className={inputClass} />
        </div>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 font-semibold hover:bg-stone-50">
          {t("download")}
        </button>
      </form>
    </section>
  );
}
