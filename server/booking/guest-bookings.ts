// The guest's own bookings: the list on "My requests", and one booking with its timeline, thread and rating.
import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { bookingEvents, bookings, departments, ratings, services } from "@/db/schema";
import { listGuestThread } from "@/server/requests/thread";
import type { GuestRef } from "@/server/stays/guest-stay";
import type { BookingStatus } from "@/lib/booking-status";
import type { BookingEventDetails } from "@/db/schema/bookings";

export async function listBookingsForStay(guest: GuestRef) {
  return db()
    .select({
      id: bookings.id,
      status: bookings.status,
      quantity: bookings.quantity,
      note: bookings.note,
      scheduledAt: bookings.scheduledAt,
      totalMinor: bookings.totalMinor,
      taxMinor: bookings.taxMinor,
      currency: bookings.currency,
      priceLines: bookings.priceLines,
      declineReason: bookings.declineReason,
      createdAt: bookings.createdAt,
      updatedAt: bookings.updatedAt,
      startDay: bookings.startDay,
      endDay: bookings.endDay,
      bundleId: bookings.bundleId,
      serviceName: services.name,
      serviceSlug: services.slug,
      mode: services.mode,
      cancelCutoffMinutes: services.cancelCutoffMinutes,
      responseTargetMinutes: bookings.responseTargetMinutes,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .where(and(eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId)))
    .orderBy(desc(bookings.createdAt));
}

/** The guest's own booking with its timeline and thread; another stay's booking is null, like a missing one. */
export async function getBookingForGuest(guest: GuestRef, bookingId: string) {
  const [row] = await db()
    .select({
      id: bookings.id,
      status: bookings.status,
      scheduledAt: bookings.scheduledAt,
      startDay: bookings.startDay,
      endDay: bookings.endDay,
      quantity: bookings.quantity,
      totalMinor: bookings.totalMinor,
      currency: bookings.currency,
      declineReason: bookings.declineReason,
      createdAt: bookings.createdAt,
      serviceName: services.name,
      serviceSlug: services.slug,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId)))
    .limit(1);
  if (!row) return null;
  const [timeline, messages, [rating]] = await Promise.all([
    db()
      .select({
        id: bookingEvents.id,
        at: bookingEvents.at,
        fromStatus: bookingEvents.fromStatus,
        toStatus: bookingEvents.toStatus,
        action: bookingEvents.action,
        actorKind: bookingEvents.actorKind,
        details: bookingEvents.details,
        // A hand-over's new department, by the id the event keeps (same statement, no lookup per event).
        departmentName: departments.name,
        departmentNames: departments.nameTranslations,
      })
      .from(bookingEvents)
      .leftJoin(
        departments,
        and(
          eq(bookingEvents.action, "hand_over"),
          eq(departments.propertyId, bookingEvents.propertyId),
          sql`${departments.id}::text = ${bookingEvents.details}->>'toDepartmentId'`,
        ),
      )
      .where(and(eq(bookingEvents.bookingId, row.id), eq(bookingEvents.propertyId, guest.propertyId)))
      .orderBy(asc(bookingEvents.at), asc(bookingEvents.id)),
    listGuestThread(guest.propertyId, row.id),
    db()
      .select({ score: ratings.score, comment: ratings.comment, complaint: ratings.complaint, createdAt: ratings.createdAt })
      .from(ratings)
      .where(and(eq(ratings.bookingId, row.id), eq(ratings.stayId, guest.stayId)))
      .limit(1),
  ]);
  return { ...row, timeline: guestTimeline(timeline), messages, rating: rating ?? null };
}

type TimelineRow = {
  id: string;
  at: Date;
  fromStatus: BookingStatus | null;
  toStatus: BookingStatus | null;
  action: string | null;
  actorKind: "guest" | "staff" | "system";
  details: BookingEventDetails | null;
  departmentName: string | null;
  departmentNames: Record<string, string> | null;
};

/** What the guest is shown of a request's history: each change of status, of time and of who looks after it. */
export type GuestTimelineEntry =
  | { kind: "status"; id: string; at: Date; toStatus: BookingStatus; byHotel: boolean }
  | { kind: "rescheduled"; id: string; at: Date; from: Date | null; to: Date | null }
  | { kind: "handed_over"; id: string; at: Date; department: { name: string; translations: Record<string, string> } | null };

/**
 * Status changes (a cancellation says whether the hotel made it), reschedules (old and new time) and hand-overs to
 * another department; assignments to a person and internal notes stay with staff.
 */
function guestTimeline(rows: TimelineRow[]): GuestTimelineEntry[] {
  const entries: GuestTimelineEntry[] = [];
  for (const e of rows) {
    if (e.toStatus && e.fromStatus && e.toStatus !== e.fromStatus) {
      entries.push({ kind: "status", id: e.id, at: e.at, toStatus: e.toStatus, byHotel: e.actorKind === "staff" && e.toStatus === "cancelled" });
    } else if (e.action === "reschedule") {
      const d = e.details?.kind === "reschedule" ? e.details : null;
      entries.push({ kind: "rescheduled", id: e.id, at: e.at, from: d ? new Date(d.from) : null, to: d ? new Date(d.to) : null });
    } else if (e.action === "hand_over") {
      const department = e.departmentName ? { name: e.departmentName, translations: e.departmentNames ?? {} } : null;
      entries.push({ kind: "handed_over", id: e.id, at: e.at, department });
    }
  }
  return entries;
}

export type GuestBooking = NonNullable<Awaited<ReturnType<typeof getBookingForGuest>>>;
