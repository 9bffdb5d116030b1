// The manager's reports: money, uptake, timing, ratings and credits over a period, aggregated in SQL per property.
import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { bookings, credits, packages, ratings, services, stays } from "@/db/schema";
import type { LocalizedText } from "@/db/schema";
import { CHARGED_STATUSES } from "@/lib/folio";
import { FULFILMENT_ALLOWANCE_MINUTES, periodBounds, type ReportPeriod } from "@/lib/report-period";
import type { BookingStatus } from "@/lib/booking-status";
import type { CreditReasonLine, MoneyLine, RatingLine, ReportKey, TimingLine, UptakeLine } from "@/lib/report-columns";

export type ReportScope = { propertyId: string; timeZone: string; period: ReportPeriod };

/** Statuses a request can have been answered in (listed so the property/status/created index serves the scan). */
const ANSWERED_STATUSES: readonly BookingStatus[] = ["confirmed", "declined", "in_progress", "fulfilled", "cancelled", "no_show"];

const int = (expr: ReturnType<typeof sql>) => expr.mapWith(Number);

/**
 * Bookings on the bill that were made in the period (`created_at`, which the
 * property/status/created index covers). Cost is what each booking stored when it was made
 * (unit cost × quantity × days out: see bookingCost), so a later cost change leaves past
 * margins alone; complimentary items have no revenue but their cost. Margin = revenue net of tax − cost.
 */
function chargedInPeriod(scope: ReportScope) {
  const { start, end } = periodBounds(scope.period, scope.timeZone);
  return and(
    eq(bookings.propertyId, scope.propertyId),
    inArray(bookings.status, [...CHARGED_STATUSES]),
    gte(bookings.createdAt, start),
    lt(bookings.createdAt, end),
  );
}

const costExpr = sql`${bookings.costMinor}::bigint`;

export type MoneyRow = MoneyLine & { id: string; name: LocalizedText };

function withNet<T extends { grossMinor: number; taxMinor: number; costMinor: number }>(row: T) {
  const netMinor = row.grossMinor - row.taxMinor;
  return { ...row, netMinor, marginMinor: netMinor - row.costMinor };
}

export async function reportRevenueByService(scope: ReportScope): Promise<MoneyRow[]> {
  const rows = await db()
    .select({
      id: services.id,
      name: services.name,
      complimentary: services.complimentary,
      bookings: int(sql`count(*)::int`),
      units: int(sql`sum(${bookings.quantity})::int`),
      grossMinor: int(sql`sum(${bookings.totalMinor})::bigint`),
      taxMinor: int(sql`sum(${bookings.taxMinor})::bigint`),
      costMinor: int(sql`sum(${costExpr})::bigint`),
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .where(chargedInPeriod(scope))
    .groupBy(services.id)
    .orderBy(desc(sql`sum(${bookings.totalMinor})`), asc(services.sortOrder));
  return rows.map(withNet);
}

/** Item bookings that belong to a package (booked as the bundle or as its items), summed per package. */
export async function reportRevenueByPackage(scope: ReportScope): Promise<MoneyRow[]> {
  const rows = await db()
    .select({
      id: packages.id,
      name: packages.name,
      bookings: int(sql`count(*)::int`),
      units: int(sql`sum(${bookings.quantity})::int`),
      grossMinor: int(sql`sum(${bookings.totalMinor})::bigint`),
      taxMinor: int(sql`sum(${bookings.taxMinor})::bigint`),
      costMinor: int(sql`sum(${costExpr})::bigint`),
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(packages, eq(packages.id, bookings.packageId))
    .where(chargedInPeriod(scope))
    .groupBy(packages.id)
    .orderBy(desc(sql`sum(${bookings.totalMinor})`), asc(packages.sortOrder));
  return rows.map((r) => withNet({ ...r, complimentary: false }));
}

type CountRow = { id: string; name: LocalizedText; stays: number };

export type UptakeRow = UptakeLine & { id: string; name: LocalizedText };
export type Uptake = { staysPresent: number; staysWithChildren: number; services: UptakeRow[]; familyPackages: UptakeRow[] };

/**
 * Stays present in the period (check-in on or before its last day, check-out after its
 * first), and the share of them that booked each service (a booking on the bill, made
 * at any time for that stay); and, per package, the share of the stays with children
 * that booked any of the package's items.
 */
export async function reportUptake(scope: ReportScope): Promise<Uptake> {
  const { from, to } = scope.period;
  const present = sql`select ${stays.id} as id, cardinality(${stays.childrenAges}) > 0 as with_children
    from ${stays} where ${stays.propertyId} = ${scope.propertyId} and ${stays.checkIn} <= ${to}::date and ${stays.checkOut} > ${from}::date`;
  const charged = sql.join(CHARGED_STATUSES.map((s) => sql`${s}`), sql`, `);
  const totals = await db().execute<{ stays: number; with_children: number }>(sql`
    select count(*)::int as stays, count(*) filter (where with_children)::int as with_children from (${present}) p`);
  const serviceRows = await db().execute<{ id: string; name: LocalizedText; stays: number }>(sql`
    with p as (${present})
    , booked as (select distinct b.service_id, b.stay_id
      from p join bookings b on b.stay_id = p.id and b.property_id = ${scope.propertyId} and b.status in (${charged}))
    select s.id, s.name, count(*)::int as stays
    from booked join services s on s.id = booked.service_id
    group by s.id order by stays desc, s.sort_order`);
  const packageRows = await db().execute<{ id: string; name: LocalizedText; stays: number }>(sql`
    with p as (${present})
    , booked as (select distinct i.package_id, b.stay_id
      from p join bookings b on b.stay_id = p.id and b.property_id = ${scope.propertyId} and b.status in (${charged})
      join package_items i on i.service_id = b.service_id
      where p.with_children)
    select k.id, k.name, count(*)::int as stays
    from booked join packages k on k.id = booked.package_id
    group by k.id order by stays desc, k.sort_order`);
  const [counts] = rowsOf<{ stays: number; with_children: number }>(totals);
  const staysPresent = Number(counts?.stays ?? 0);
  const staysWithChildren = Number(counts?.with_children ?? 0);
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    staysPresent,
    staysWithChildren,
    services: rowsOf<CountRow>(serviceRows).map((r) => ({ id: r.id, name: r.name, stays: Number(r.stays), share: share(Number(r.stays), staysPresent) })),
    familyPackages: rowsOf<CountRow>(packageRows).map((r) => ({
      id: r.id,
      name: r.name,
      stays: Number(r.stays),
      share: share(Number(r.stays), staysWithChildren),
    })),
  };
}

/** postgres.js returns the rows as the result; PGlite wraps them in `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  const r = result as { rows?: T[] };
  return (Array.isArray(result) ? result : (r.rows ?? [])) as T[];
}

export type TimingRow = TimingLine & { id: string };

/**
 * Per department (the one on the booking), over requests made in the period: minutes from
 * request to answer, and — for "as soon as possible" requests (no scheduled time) — from
 * request to fulfilment (rentals excluded: they are "fulfilled" when returned); median and 90th percentile (percentile_cont), and the share within
 * target (response target; for fulfilment, the target plus FULFILMENT_ALLOWANCE_MINUTES).
 */
export async function reportTiming(scope: ReportScope): Promise<TimingRow[]> {
  const { start, end } = periodBounds(scope.period, scope.timeZone);
  const answered = sql.join(ANSWERED_STATUSES.map((s) => sql`${s}`), sql`, `);
  // One sort per measure: percentile_cont over an array of fractions gives median and p90 together.
  const result = await db().execute<Record<string, unknown>>(sql`
    with t as (
      select b.department_id,
        b.response_target_minutes as target,
        extract(epoch from b.responded_at - b.created_at)::float8 / 60 as response,
        case when b.scheduled_at is null and b.start_day is null and b.fulfilled_at is not null
          then extract(epoch from b.fulfilled_at - b.created_at)::float8 / 60 end as fulfilment
      from bookings b
      where b.property_id = ${scope.propertyId} and b.status in (${answered})
        and b.created_at >= ${start.toISOString()}::timestamptz and b.created_at < ${end.toISOString()}::timestamptz
        and b.responded_at is not null
    ), a as (
      select t.department_id,
        count(t.response)::int as responded,
        percentile_cont(array[0.5, 0.9]) within group (order by t.response) as response_pct,
        count(t.fulfilment)::int as fulfilled,
        percentile_cont(array[0.5, 0.9]) within group (order by t.fulfilment) as fulfilment_pct
      from t group by t.department_id
    ), o as (
      select t.department_id,
        -- Against the target each request was promised when it was made (stored on the booking).
        avg(case when t.response <= t.target then 1.0 else 0.0 end) as response_on_time,
        avg(case when t.fulfilment is null then null
          when t.fulfilment <= t.target + ${FULFILMENT_ALLOWANCE_MINUTES} then 1.0 else 0.0 end) as fulfilment_on_time
      from t
      group by t.department_id
    )
    select d.id, d.name, d.response_target_minutes as target, a.responded,
      a.response_pct[1] as response_median, a.response_pct[2] as response_p90, o.response_on_time,
      a.fulfilled, a.fulfilment_pct[1] as fulfilment_median, a.fulfilment_pct[2] as fulfilment_p90, o.fulfilment_on_time
    from a join o on o.department_id = a.department_id join departments d on d.id = a.department_id
    where d.property_id = ${scope.propertyId}
    order by d.name`);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: String(r.id),
    name: String(r.name),
    targetMinutes: Number(r.target),
    responded: Number(r.responded),
    responseMedian: num(r.response_median),
    responseP90: num(r.response_p90),
    responseOnTime: num(r.response_on_time),
    fulfilled: Number(r.fulfilled),
    fulfilmentMedian: num(r.fulfilment_median),
    fulfilmentP90: num(r.fulfilment_p90),
    fulfilmentOnTime: num(r.fulfilment_on_time),
  }));
}

export type RatingRow = RatingLine & { id: string; name: LocalizedText };

/** Ratings given in the period, per service: average score, how many, how many low (1–2), how many complaints. */
export async function reportRatings(scope: ReportScope): Promise<RatingRow[]> {
  const { start, end } = periodBounds(scope.period, scope.timeZone);
  return db()
    .select({
      id: services.id,
      name: services.name,
      count: int(sql`count(*)::int`),
      average: int(sql`avg(${ratings.score})::float8`),
      low: int(sql`count(*) filter (where ${ratings.score} <= 2)::int`),
      complaints: int(sql`count(*) filter (where ${ratings.complaint})::int`),
    })
    .from(ratings)
    .innerJoin(services, eq(services.id, ratings.serviceId))
    .where(and(eq(ratings.propertyId, scope.propertyId), gte(ratings.createdAt, start), lt(ratings.createdAt, end)))
    .groupBy(services.id)
    .orderBy(asc(sql`avg(${ratings.score})`), asc(services.sortOrder));
}

export type CreditReasonRow = CreditReasonLine;
export type CreditsReport = { count: number; amountMinor: number; reasons: CreditReasonRow[] };

/** Credits given in the period, in total and by reason (as written, trimmed). */
export async function reportCredits(scope: ReportScope): Promise<CreditsReport> {
  const { start, end } = periodBounds(scope.period, scope.timeZone);
  const reason = sql<string>`btrim(${credits.reason})`;
  const reasons = await db()
    .select({
      reason,
      count: int(sql`count(*)::int`),
      amountMinor: int(sql`sum(${credits.amountMinor})::bigint`),
    })
    .from(credits)
    .where(and(eq(credits.propertyId, scope.propertyId), gte(credits.createdAt, start), lt(credits.createdAt, end)))
    .groupBy(reason)
    .orderBy(desc(sql`sum(${credits.amountMinor})`), asc(reason));
  return {
    count: reasons.reduce((n, r) => n + r.count, 0),
    amountMinor: reasons.reduce((n, r) => n + r.amountMinor, 0),
    reasons,
  };
}


export type Reports = {
  services: MoneyRow[];
  packages: MoneyRow[];
  uptake: Uptake;
  timing: TimingRow[];
  ratings: RatingRow[];
  credits: CreditsReport;
};

/** Every report, or only the one a CSV export needs (the others come back empty). */
export async function loadReports(scope: ReportScope, only?: ReportKey): Promise<Reports> {
  const want = (...keys: ReportKey[]) => !only || keys.includes(only);
  // At once: on PostgreSQL each report takes a connection of the pool; PGlite (one connection) queues them.
  const [services, packages, uptake, timing, ratings, credits] = await Promise.all([
    want("services") ? reportRevenueByService(scope) : [],
    want("packages") ? reportRevenueByPackage(scope) : [],
    want("uptake", "family") ? reportUptake(scope) : { staysPresent: 0, staysWithChildren: 0, services: [], familyPackages: [] },
    want("timing") ? reportTiming(scope) : [],
    want("ratings") ? reportRatings(scope) : [],
    want("credits") ? reportCredits(scope) : { count: 0, amountMinor: 0, reasons: [] },
  ]);
  return { services, packages, uptake, timing, ratings, credits };
}
