// The request queue staff work from: filtered by status, department, day and search, VIP first, paginated.
import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { BookingStatus } from "@/lib/booking-status";
import { dayBounds, type Day } from "@/lib/time";
import { db } from "@/db/client";
import { bookings, departments, services, stays } from "@/db/schema";
import { getPropertyTimeZone } from "@/server/property/settings";
import { assignee, requestColumns } from "./columns";
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
 * Whether the guest wrote last on the request's thread with them (internal notes do not answer the guest):
 * one lookup per row on booking_messages_booking_at_idx, in the same statement.
 */
const awaitingReplyColumn = sql<boolean>`coalesce((
  select m.author_kind = 'guest' from booking_messages m
  where m.booking_id = ${bookings.id} and not m.internal order by m.at desc, m.id desc limit 1
), false)`.mapWith(Boolean);

/** Requests in the staff member's scope, VIP stays first, then the longest-waiting first. */
export async function listQueue(staff: StaffRef, filter: QueueFilter = {}) {
  return db()
    .select({ ...requestColumns, respondedAt: bookings.respondedAt, awaitingReply: awaitingReplyColumn })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(departments, eq(departments.id, bookings.departmentId))
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .leftJoin(assignee, eq(assignee.id, bookings.assignedTo))
    .where(await queueWhere(staff, filter))
    .orderBy(desc(stays.vip), asc(bookings.createdAt), asc(bookings.id))
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0);
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>[number];

/** One page of the queue and how many requests match in all. */
export async function listQueuePage(staff: StaffRef, filter: Omit<QueueFilter, "limit" | "offset"> & { page?: number }) {
  const page = Math.max(1, filter.page ?? 1);
  const where = await queueWhere(staff, filter);
  const [rows, [{ total }]] = await Promise.all([
    listQueue(staff, { ...filter, limit: QUEUE_PAGE_SIZE, offset: (page - 1) * QUEUE_PAGE_SIZE }),
    db()
      .select({ total: sql<number>`count(*)::int` })
      .from(bookings)
      .innerJoin(stays, eq(stays.id, bookings.stayId))
      .where(where),
  ]);
  return { rows, total, page, pageSize: QUEUE_PAGE_SIZE, hasPrevious: page > 1, hasNext: page * QUEUE_PAGE_SIZE < total };
}
