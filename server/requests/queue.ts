// The request queue staff work from: filtered by status, department, day and search, what needs action first, paginated.
import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { BookingStatus } from "@/lib/booking-status";
import { dayBounds, type Day } from "@/lib/time";
import { db } from "@/db/client";
import { bookings, departments, services, stays } from "@/db/schema";
import { getPropertyTimeZone } from "@/server/property/settings";
import { assignee, requestColumns } from "./columns";
import { listHandOverDepartments } from "./changes";
import { OPEN_STATUSES, scopeOf, type StaffRef } from "./scope";

export const QUEUE_PAGE_SIZE = 25;

export type QueueFilter = {
  /** Default: the open statuses. */
  statuses?: BookingStatus[];
  departmentId?: string;
  /** Hotel-local day the request is for: scheduled then, out that day (rentals), or asked for that day (as soon as possible). */
  day?: Day;
  /** Case-insensitive prefix of the room or of the guest's surname. */
  search?: string;
  limit?: number;
  offset?: number;
};

/** LIKE treats % and _ as wildcards: a search for "1_" means the text "1_". */
function prefixPattern(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

async function queueWhere(staff: StaffRef, filter: QueueFilter): Promise<SQL> {
  const statuses = filter.statuses?.length ? filter.statuses : OPEN_STATUSES;
  const conditions: SQL[] = [scopeOf(staff), inArray(bookings.status, statuses)];
  if (filter.departmentId) conditions.push(eq(bookings.departmentId, filter.departmentId));
  if (filter.day) {
    const { start, end } = dayBounds(filter.day, await getPropertyTimeZone(staff.propertyId));
    conditions.push(
      or(
        and(gte(bookings.scheduledAt, start), lt(bookings.scheduledAt, end)),
        and(isNotNull(bookings.startDay), lte(bookings.startDay, filter.day), gte(bookings.endDay, filter.day)),
        and(isNull(bookings.scheduledAt), gte(bookings.createdAt, start), lt(bookings.createdAt, end)),
      )!,
    );
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = prefixPattern(search);
    conditions.push(
      // The stay's property too (implied by the booking's), so the prefix indexes on stays apply.
      eq(stays.propertyId, staff.propertyId),
      or(sql`lower(${stays.surname}) like lower(${pattern})`, sql`lower(${stays.room}) like lower(${pattern})`)!,
    );
  }
  return and(...conditions)!;
}

/**
 * The queue's order (issue 11.5): what needs action first — overdue, then awaiting an answer, then open requests whose
 * guest wrote last — then the rest; VIP stays first within each group, then the longest waiting.
 * Segments: 0 overdue, 1 awaiting an answer (not yet overdue), 2 guest wrote last, 3 other open, 4 closed.
 *
 * Cost (issue 13.4): the keys live on the booking (vip, response_due_at, queue_rank, queue_at; migration 0011 keeps them
 * in step), so each segment is read in order from an index and stops at the page's end: bookings_queue_idx for the
 * overdue ones and for groups 2–4, bookings_requested_due_idx for the few not yet overdue (those made within the
 * target). "Overdue" depends on now(), so it is a range of the stored deadline, not a stored flag. The joins for what
 * a row shows (service, department, stay, assignee) run for the page's rows only.
 */
function pageIds(where: SQL, needsStays: boolean, upTo: number) {
  const segment = (seg: SQL, condition: SQL, order: SQL[]) => {
    const base = db()
      .select({ id: bookings.id, seg: sql<number>`${seg}`.as("seg"), vip: bookings.vip, queueAt: bookings.queueAt })
      .from(bookings);
    return (needsStays ? base.innerJoin(stays, eq(stays.id, bookings.stayId)) : base)
      .where(and(where, condition))
      .orderBy(...order)
      .limit(upTo);
  };
  const vipFirst = sql`${bookings.vip} desc nulls last`;
  const requested = eq(bookings.status, "requested");
  // Overdue: queue_rank 0 alone (not also status = 'requested', which steers the planner to the status index and a sort).
  return segment(
    sql`0`,
    and(eq(bookings.queueRank, 0), or(lt(bookings.responseDueAt, sql`now()`), isNull(bookings.responseDueAt)))!,
    [asc(bookings.queueRank), vipFirst, asc(bookings.queueAt), asc(bookings.id)],
  )
    .unionAll(segment(sql`1`, and(requested, gte(bookings.responseDueAt, sql`now()`))!, [vipFirst, asc(bookings.queueAt), asc(bookings.id)]))
    .unionAll(
      segment(sql`${bookings.queueRank} + 1`, gte(bookings.queueRank, 1), [
        asc(bookings.queueRank),
        vipFirst,
        asc(bookings.queueAt),
        asc(bookings.id),
      ]),
    );
}

/** Requests in the staff member's scope in queue order (see pageIds). */
export async function listQueue(staff: StaffRef, filter: QueueFilter = {}) {
  return queueRows(await queueWhere(staff, filter), Boolean(filter.search?.trim()), filter.limit ?? 100, filter.offset ?? 0);
}

/** The page's query itself (awaitable; db/bench/queue.ts explains it). */
export async function queueQuery(staff: StaffRef, filter: QueueFilter = {}) {
  return { query: queueRows(await queueWhere(staff, filter), Boolean(filter.search?.trim()), filter.limit ?? 100, filter.offset ?? 0) };
}

/** The count counts at most this many requests beyond the page's start; past that the page says "more than". */
export const QUEUE_COUNT_BEYOND = 1000;

/** How many requests match, up to `cap` + 1 (db/bench/queue.ts times it). */
export async function queueCountQuery(staff: StaffRef, filter: QueueFilter = {}, cap = QUEUE_COUNT_BEYOND) {
  return { query: countRows(await queueWhere(staff, filter), Boolean(filter.search?.trim()), cap) };
}

/**
 * How many requests match, counting no further than `cap` + 1: bookings alone (the stay only when a search needs it),
 * read from the (property, status) index; its cost is bounded by the cap, not by the hotel's history.
 */
function countRows(where: SQL, needsStays: boolean, cap: number) {
  const matching = db().select({ one: sql<number>`1`.as("one") }).from(bookings);
  const capped = (needsStays ? matching.innerJoin(stays, eq(stays.id, bookings.stayId)) : matching).where(where).limit(cap + 1).as("matching");
  return db().select({ total: sql<number>`count(*)::int` }).from(capped);
}

function queueRows(where: SQL, needsStays: boolean, limit: number, offset: number) {
  const page = pageIds(where, needsStays, offset + limit)
    .orderBy(sql`seg`, sql`vip desc nulls last`, sql`queue_at`, sql`id`)
    .limit(limit)
    .offset(offset)
    .as("page");
  return db()
    .select({
      ...requestColumns,
      respondedAt: bookings.respondedAt,
      awaitingReply: sql<boolean>`${bookings.guestWroteAt} is not null`.mapWith(Boolean),
    })
    .from(page)
    .innerJoin(bookings, eq(bookings.id, page.id))
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(departments, eq(departments.id, bookings.departmentId))
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .leftJoin(assignee, eq(assignee.id, bookings.assignedTo))
    .orderBy(asc(page.seg), desc(page.vip), asc(page.queueAt), asc(page.id));
}

export type QueueRow = Awaited<ReturnType<typeof queueRows>>[number];

/** One page of the queue and how many requests match in all (or "more than `total`" past QUEUE_COUNT_BEYOND). */
export async function listQueuePage(
  staff: StaffRef,
  filter: Omit<QueueFilter, "limit" | "offset"> & { page?: number; countBeyond?: number },
) {
  const page = Math.max(1, filter.page ?? 1);
  const where = await queueWhere(staff, filter);
  const needsStays = Boolean(filter.search?.trim());
  const offset = (page - 1) * QUEUE_PAGE_SIZE;
  const cap = offset + (filter.countBeyond ?? QUEUE_COUNT_BEYOND);
  const [rows, [{ total: counted }]] = await Promise.all([queueRows(where, needsStays, QUEUE_PAGE_SIZE, offset), countRows(where, needsStays, cap)]);
  // More than `cap` match: the total is "more than cap" (and there is a next page, as cap ≥ this page's end).
  const moreThan = counted > cap;
  const total = Math.min(counted, cap);
  return { rows, total, moreThan, page, pageSize: QUEUE_PAGE_SIZE, hasPrevious: page > 1, hasNext: moreThan || page * QUEUE_PAGE_SIZE < total };
}

/**
 * Everything the staff queue page (/staff) reads: the departments for its filters (department staff: theirs), one page of
 * the queue with the total, and the hotel's time zone. Its number of queries does not depend on the rows shown or on
 * the hotel's history (queue.test.ts counts them).
 */
export async function loadQueuePage(staff: StaffRef, filter: Omit<QueueFilter, "limit" | "offset"> & { page?: number }) {
  const [allDepartments, result, timeZone] = await Promise.all([
    listHandOverDepartments(staff),
    listQueuePage(staff, filter),
    getPropertyTimeZone(staff.propertyId),
  ]);
  const departments = staff.role === "department" ? allDepartments.filter((d) => staff.departmentIds.includes(d.id)) : allDepartments;
  return { departments, result, timeZone };
}
