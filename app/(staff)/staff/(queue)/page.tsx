// The request queue: requests in the staff member's scope, filtered by URL parameters, what needs action first (VIP first within each group), timed against targets, live.
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { currentStaff } from "@/app/_server/session";
import { localized } from "@/components/localized";
import { LiveRefresh } from "@/components/staff/live-refresh";
import { QueueFilters, QueuePager } from "@/components/staff/queue-filters";
import { QueueCards, QueueTable, type QueueItem } from "@/app/(staff)/staff/_components/queue-list";
import { listHandOverDepartments } from "@/server/requests/changes";
import { loadQueuePage } from "@/server/requests/queue";
import { parseQueueParams, queueHref, statusesOf, type QueueParams } from "@/lib/queue-filter";
import { waitingOf } from "@/lib/sla";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.queue"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FIELD_NAMES = ["department", "status", "day", "q", "page"];

export default async function QueuePage({ searchParams }: Props) {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  const [t, tf] = await Promise.all([getTranslations("staff.queue"), getTranslations("staff.queueFilters")]);
  const parsed = parseQueueParams(await searchParams);
  const header = (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <LiveRefresh announceNew />
    </div>
  );

  if (!parsed.ok) {
    const allDepartments = await listHandOverDepartments(staff);
    const departments =
      staff.role === "department" ? allDepartments.filter((d) => staff.departmentIds.includes(d.id)) : allDepartments;
    const names = parsed.fields.map((f) => tf(`field.${FIELD_NAMES.includes(f) ? f : "other"}`));
    return (
      <>
        {header}
        <div role="alert" className="mt-4 rounded-2xl border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{tf("invalid", { fields: [...new Set(names)].join(", ") })}</p>
        </div>
        <QueueFilters params={{}} departments={departments} filtered />
      </>
    );
  }

  const params = parsed.params;
  const [{ result, timeZone, departments }, locale] = await Promise.all([
    loadQueuePage(staff, {
      statuses: statusesOf(params.status),
      departmentId: params.department,
      day: params.day,
      search: params.q,
      page: params.page,
    }),
    getLocale(),
  ]);
  const now = Date.now();
  const rows: QueueItem[] = result.rows.map(({ serviceName, ...row }) => ({
    ...row,
    service: localized(serviceName, locale),
    waiting: waitingOf(row, now),
  }));
  const filtered = Object.keys(params).some((k) => k !== "page");
  // Past the counted stretch the number of pages is not known: the pager says "Page N".
  const pages = result.moreThan ? null : Math.max(1, Math.ceil(result.total / result.pageSize));
  const first = (result.page - 1) * result.pageSize + 1;
  const hrefFor = (page: number): string => queueHref({ ...params, page } satisfies QueueParams);

  return (
    <>
      {header}
      <p className="mt-1 text-stone-700">
        {result.total > 0 && rows.length > 0
          ? tf(result.moreThan ? "rangeMoreThan" : "range", { from: first, to: first + rows.length - 1, total: result.total })
          : tf("count", { count: result.total })}
        {rows.length > 0 && <> · {t("intro")}</>}
      </p>
      <QueueFilters params={params} departments={departments} filtered={filtered} />
      {rows.length === 0 ? (
        <p className="mt-6 rounded-2xl bg-white p-6 text-center text-stone-700 shadow-sm">
          {filtered || result.page > 1 ? tf("empty") : t("empty")}
        </p>
      ) : (
        <>
          <QueueCards rows={rows} timeZone={timeZone} />
          <QueueTable rows={rows} timeZone={timeZone} />
        </>
      )}
      <QueuePager
        page={result.page}
        pages={pages}
        previousHref={result.hasPrevious ? hrefFor(result.page - 1) : null}
        nextHref={result.hasNext ? hrefFor(result.page + 1) : null}
      />
    </>
  );
}
