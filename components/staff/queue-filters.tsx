// The queue's filters as a plain GET form: department, status, day, and a room or surname search. Works without JavaScript.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/field";
import { BOOKING_STATUSES } from "@/lib/booking-status";
import { SEARCH_MAX, type QueueParams } from "@/lib/queue-filter";

type Props = {
  params: QueueParams;
  departments: { id: string; name: string }[];
  /** Whether any filter is set, so "clear" is worth offering. */
  filtered: boolean;
};

export function QueueFilters({ params, departments, filtered }: Props) {
  const t = useTranslations("staff.queueFilters");
  const tStatus = useTranslations("status");
  const label = "block text-sm font-medium";
  return (
    <form method="get" action="/staff" role="search" aria-label={t("title")} className="mt-4 rounded-2xl bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {departments.length > 1 && (
          <div>
            <label htmlFor="filter-department" className={label}>
              {t("department")}
            </label>
            <select id="filter-department" name="department" defaultValue={params.department ?? ""} className={inputClass}>
              <option value="">{t("anyDepartment")}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="filter-status" className={label}>
            {t("status")}
          </label>
          <select id="filter-status" name="status" defaultValue={params.status ?? "open"} className={inputClass}>
            <option value="open">{t("statusOpen")}</option>
            <option value="all">{t("statusAll")}</option>
            {BOOKING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-day" className={label}>
            {t("day")}
          </label>
          <input id="filter-day" name="day" type="date" defaultValue={params.day ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-q" className={label}>
            {t("search")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            maxLength={SEARCH_MAX}
            autoComplete="off"
            aria-describedby="filter-q-hint"
            className={inputClass}
          />
          <p id="filter-q-hint" className="mt-1 text-xs text-stone-600">
            {t("searchHint")}
          </p>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("apply")}
        </button>
        {filtered && (
          <Link href="/staff" className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-700 underline">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}

/** Previous / next page links, with where the reader is. */
export function QueuePager({
  page,
  pages,
  previousHref,
  nextHref,
}: {
  page: number;
  /** Null when not known (more requests match than were counted). */
  pages: number | null;
  previousHref: string | null;
  nextHref: string | null;
}) {
  const t = useTranslations("staff.queuePager");
  if (!previousHref && !nextHref) return null;
  const link = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-stone-50";
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {previousHref ? (
        <Link href={previousHref} className={link} rel="prev">
          <span aria-hidden>←&nbsp;</span>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700" aria-current="page">
        {pages === null ? t("pageOnly", { page }) : t("page", { page, pages })}
      </span>
      {nextHref ? (
        <Link href={nextHref} className={link} rel="next">
          {t("next")}
          <span aria-hidden>&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
