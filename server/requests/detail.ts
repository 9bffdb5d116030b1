// One request as staff see it: its details, its trail (status changes and internal notes in order) and what may be done next.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { allowedRequestChanges, allowedStaffActions, type BookingStatus } from "@/lib/booking-status";
import { db } from "@/db/client";
import { bookingEvents, bookingMessages, bookings, departments, services, stays, type BookingEventDetails } from "@/db/schema";
import { assignee, requestColumns } from "./columns";
import { scopeOf, type StaffRef } from "./scope";

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
      details: BookingEventDetails | null;
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
        details: bookingEvents.details,
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
