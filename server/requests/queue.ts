// The staff side of bookings: the request queue (filtered, paginated), one request with its trail, and status changes.
import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  allowedRequestChanges,
  allowedStaffActions,
  releasesCapacity,
  staffTransition,
  type BookingStatus,
  type StaffAction,
} from "@/lib/booking-status";
import { AppError } from "@/lib/errors";
import { dayBounds, type Day } from "@/lib/time";
import { db } from "@/db/client";
import { bookingEvents, bookingMessages, bookings, departments, properties, services, staffUsers, stays } from "@/db/schema";
import { releaseAndOffer } from "@/server/booking/lifecycle";
import { publishBookingChange } from "@/server/live";
import { notifyGuestOfChange } from "@/server/notifications/guest-emails";

export type StaffRef = {
  staffId: string;
  propertyId: string;
  name: string;
  role: "manager" | "reception" | "department";
  departmentIds: string[];
};

export const OPEN_STATUSES: BookingStatus[] = ["requested", "confirmed", "in_progress"];

export const QUEUE_PAGE_SIZE = 25;

/** Department staff see their departments' requests; reception and the manager see the whole property. */
export function scopeOf(staff: StaffRef): SQL {
  const property = eq(bookings.propertyId, staff.propertyId);
  if (staff.role !== "department") return property;
  if (staff.departmentIds.length === 0) return sql`false`;
  return and(property, inArray(bookings.departmentId, staff.departmentIds))!;
}

const assignee = alias(staffUsers, "assignee");

/** What every view of a request shows, joined with its service, department, stay and assignee. */
const requestColumns = {
  id: bookings.id,
  status: bookings.status,
  quantity: bookings.quantity,
  note: bookings.note,
  scheduledAt: bookings.scheduledAt,
  startDay: bookings.startDay,
  endDay: bookings.endDay,
  createdAt: bookings.createdAt,
  totalMinor: bookings.totalMinor,
  currency: bookings.currency,
  serviceName: services.name,
  departmentId: bookings.departmentId,
  departmentName: departments.name,
  responseTargetMinutes: departments.responseTargetMinutes,
  guestName: stays.guestName,
  room: stays.room,
  vip: stays.vip,
  guestLocale: stays.locale,
  assignedTo: bookings.assignedTo,
  assigneeName: assignee.name,
};

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

async function timeZoneOf(propertyId: string): Promise<string> {
  const [row] = await db().select({ timeZone: properties.timeZone }).from(properties).where(eq(properties.id, propertyId)).limit(1);
  if (!row) throw new AppError("not_found", "Property not found.");
  return row.timeZone;
}

async function queueWhere(staff: StaffRef, filter: QueueFilter): Promise<SQL> {
  const statuses = filter.statuses?.length ? filter.statuses : OPEN_STATUSES;
  const conditions: SQL[] = [scopeOf(staff), inArray(bookings.status, statuses)];
  if (filter.departmentId) conditions.push(eq(bookings.departmentId, filter.departmentId));
  if (filter.day) {
    const { start, end } = dayBounds(filter.day, await timeZoneOf(staff.propertyId));
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

/** One entry of a request's trail: a recorded change or an internal note, in time order. */
export type TrailEntry =
  | {
      type: "event";
      id: string;
      at: Date;
      actorKind: "guest" | "staff" | "system";
      actorName: string | null;
      action: string | null;
      fromStatus: BookingStatus | null;
      toStatus: BookingStatus | null;
      note: string | null;
    }
  | { type: "note"; id: string; at: Date; actorKind: "guest" | "staff" | "system"; actorName: string | null; body: string };

/** Microseconds since the epoch, as text: JS dates keep only milliseconds, too coarse to order one request's entries. */
function micros(column: typeof bookingEvents.at | typeof bookingMessages.at) {
  return sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;
}

async function trailOf(propertyId: string, bookingId: string): Promise<TrailEntry[]> {
  const [events, notes] = await Promise.all([
    db()
      .select({
        id: bookingEvents.id,
        at: bookingEvents.at,
        actorKind: bookingEvents.actorKind,
        actorName: bookingEvents.actorName,
        action: bookingEvents.action,
        fromStatus: bookingEvents.fromStatus,
        toStatus: bookingEvents.toStatus,
        note: bookingEvents.note,
        micros: micros(bookingEvents.at),
      })
      .from(bookingEvents)
      .where(and(eq(bookingEvents.bookingId, bookingId), eq(bookingEvents.propertyId, propertyId))),
    db()
      .select({
        id: bookingMessages.id,
        at: bookingMessages.at,
        actorKind: bookingMessages.authorKind,
        actorName: bookingMessages.authorName,
        body: bookingMessages.body,
        micros: micros(bookingMessages.at),
      })
      .from(bookingMessages)
      .where(
        and(eq(bookingMessages.bookingId, bookingId), eq(bookingMessages.propertyId, propertyId), eq(bookingMessages.internal, true)),
      ),
  ]);
  const keyed = [
    ...events.map(({ micros, ...e }) => ({ key: BigInt(micros), entry: { type: "event" as const, ...e } as TrailEntry })),
    ...notes.map(({ micros, ...n }) => ({ key: BigInt(micros), entry: { type: "note" as const, ...n } as TrailEntry })),
  ];
  // Same instant (one transaction): keep a stable order.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry.id.localeCompare(b.entry.id)));
  return keyed.map((k) => k.entry);
}

export async function getRequestForStaff(staff: StaffRef, bookingId: string) {
  const [row] = await db()
    .select({
      ...requestColumns,
      serviceId: bookings.serviceId,
      sessionId: bookings.sessionId,
      priceLines: bookings.priceLines,
      declineReason: bookings.declineReason,
      adults: stays.adults,
      childrenAges: stays.childrenAges,
      reservationCode: stays.reservationCode,
      checkIn: stays.checkIn,
      checkOut: stays.checkOut,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(departments, eq(departments.id, bookings.departmentId))
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .leftJoin(assignee, eq(assignee.id, bookings.assignedTo))
    .where(and(eq(bookings.id, bookingId), scopeOf(staff)))
    .limit(1);
  if (!row) return null;
  const trail = await trailOf(staff.propertyId, bookingId);
  // The trail's status changes, for callers that only want those.
  const events = trail.filter((e): e is Extract<TrailEntry, { type: "event" }> => e.type === "event");
  return {
    ...row,
    trail,
    events,
    actions: allowedStaffActions(row.status),
    changes: allowedRequestChanges(row.status, { hasSession: !!row.sessionId }),
  };
}

export type StaffRequest = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;

/** What the guest reads as the reason for a decline: the reason, and the alternative offered if any. */
export function declineText(reason: string, alternative?: string | null): string {
  const offer = alternative?.trim();
  return offer ? `${reason.trim()} — ${offer}` : reason.trim();
}

/**
 * Moves a request from one status to the next. The row is locked first, so
 * when two staff act at once the second sees the first one's result and is
 * told, instead of both succeeding. Every open page hears of it once committed.
 */
export async function applyStaffAction(
  staff: StaffRef,
  bookingId: string,
  action: StaffAction,
  reason?: string,
): Promise<{ status: BookingStatus }> {
  const transition = staffTransition(action);
  const result = await db().transaction(async (tx) => {
    const [current] = await tx
      .select({
        id: bookings.id,
        status: bookings.status,
        departmentId: bookings.departmentId,
        serviceId: bookings.serviceId,
        sessionId: bookings.sessionId,
        startDay: bookings.startDay,
        endDay: bookings.endDay,
        quantity: bookings.quantity,
      })
      .from(bookings)
      .where(and(eq(bookings.id, bookingId), scopeOf(staff)))
      .for("update")
      .limit(1);
    if (!current) throw new AppError("not_found", "This request does not exist.");
    if (!transition.from.includes(current.status)) {
      throw new AppError("booking:conflict", `This request is already ${current.status.replace("_", " ")}.`);
    }
    const now = new Date();
    await tx
      .update(bookings)
      .set({
        status: transition.to,
        updatedAt: now,
        ...(current.status === "requested" ? { respondedAt: now } : {}),
        ...(transition.to === "fulfilled" ? { fulfilledAt: now } : {}),
        ...(action === "decline" ? { declineReason: reason ?? null } : {}),
      })
      .where(and(eq(bookings.id, current.id), eq(bookings.status, current.status)));
    // Seats given back go to the waiting list first.
    if (releasesCapacity(current.status, transition.to)) await releaseAndOffer(tx, { ...current, propertyId: staff.propertyId }, now);
    await tx.insert(bookingEvents).values({
      propertyId: staff.propertyId,
      bookingId: current.id,
      actorKind: "staff",
      actorId: staff.staffId,
      actorName: staff.name,
      fromStatus: current.status,
      toStatus: transition.to,
      action,
      note: reason ?? null,
    });
    await notifyGuestOfChange(tx, current.id, transition.to, reason ?? null);
    return { status: transition.to, departmentId: current.departmentId };
  });
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: result.departmentId, bookingId, kind: action });
  return { status: result.status };
}

/** Declines with a reason and, if there is one, an alternative; the guest reads both. */
export function declineRequest(staff: StaffRef, bookingId: string, reason: string, alternative?: string | null) {
  return applyStaffAction(staff, bookingId, "decline", declineText(reason, alternative));
}
