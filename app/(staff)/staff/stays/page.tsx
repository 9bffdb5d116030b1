// Stays: search by surname, room or code, page through them, and reach create, import and room cards.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { inputClass } from "@/components/field";
import { StaysTable } from "@/app/(staff)/staff/stays/_components/stays-table";
import { FolioExportForm } from "@/app/(staff)/staff/stays/_components/folio-export-form";
import { getPropertyTimeZone } from "@/server/property/settings";
import { listStays } from "@/server/stays/manage-stays";
import { addDays, hotelToday } from "@/lib/time";
import { requireDeskStaff } from "./_lib/desk";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.stays"))("title") };
}

const query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

const button = "inline-flex min-h-11 items-center rounded-lg px-4 py-2 font-semibold";

export default async function StaysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireDeskStaff();
  const { q = "", page = 1 } = query.parse(await searchParams);
  const [list, timeZone, t] = await Promise.all([listStays(staff.propertyId, { q, page }), getPropertyTimeZone(staff.propertyId), getTranslations("staff.stays")]);
  const pageLink = (n: number) => `/staff/stays?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  const today = hotelToday(timeZone);

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/staff/stays/new" className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
            {t("new")}
          </Link>
          <Link href="/staff/stays/import" className={`${button} border border-stone-400 bg-white hover:bg-stone-50`}>
            {t("importLink")}
          </Link>
        </div>
      </div>

      <form method="get" action="/staff/stays" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="stays-q" className="block font-medium">
            {t("search")}
          </label>
          <p id="stays-q-hint" className="text-sm text-stone-600">
            {t("searchHint")}
          </p>
          <input id="stays-q" name="q" type="search" defaultValue={q} maxLength={100} aria-describedby="stays-q-hint" className={inputClass} />
        </div>
        <button type="submit" className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
          {t("searchSubmit")}
        </button>
        {q && (
          <Link href="/staff/stays" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("clearSearch")}
          </Link>
        )}
      </form>

      <p className="mt-4 text-stone-700" role="status">
        {q ? t("countFor", { total: list.total, q }) : t("count", { total: list.total })}
      </p>
      {list.total === 0 && !q && <p className="mt-4 rounded-2xl bg-white p-6 text-center text-stone-700 shadow-sm">{t("empty")}</p>}
      {list.rows.length > 0 && (
        <>
          <StaysTable rows={list.rows} />
          <p className="mt-3">
            <Link href={`/staff/stays/cards?ids=${list.rows.map((r) => r.id).join(",")}`} className="font-semibold text-brand-700 underline">
              {t("printCards")}
            </Link>
          </p>
        </>
      )}
      {list.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-3">
          {list.page > 1 && (
            <Link href={pageLink(list.page - 1)} className={`${button} border border-stone-300 bg-white`}>
              {t("previous")}
            </Link>
          )}
          <span aria-current="page">{t("page", { page: list.page, count: list.pageCount })}</span>
          {list.page < list.pageCount && (
            <Link href={pageLink(list.page + 1)} className={`${button} border border-stone-300 bg-white`}>
              {t("next")}
            </Link>
          )}
        </nav>
      )}
      <FolioExportForm from={addDays(today, -1)} to={today} />
    </>
  );
}
