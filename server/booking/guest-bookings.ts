// The guest's own bookings: the list on "My requests", and one booking with its timeline, thread and rating.
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { bookingEvents, bookings, ratings, services } from "@/db/schema";
import { listGuestThread } from "@/server/requests/thread";
import type { GuestRef } from "@/server/stays/guest-stay";

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
      .select({ id: bookingEvents.id, at: bookingEvents.at, fromStatus: bookingEvents.fromStatus, toStatus: bookingEvents.toStatus })
      .from(bookingEvents)
      .where(and(eq(bookingEvents.bookingId, row.id), eq(bookingEvents.propertyId, guest.propertyId)))
      .orderBy(asc(bookingEvents.at), asc(bookingEvents.id)),
    listGuestThread(guest.propertyId, row.id),
    db()
      .select({ score: ratings.score, comment: ratings.comment, complaint: ratings.complaint, createdAt: ratings.createdAt })
      .from(ratings)
      .where(and(eq(ratings.bookingId, row.id), eq(ratings.stayId, guest.stayId)))
      .limit(1),
  ]);
  // Only real status changes belong on the guest's timeline (not assignment or hand-over between departments).
  const statusChanges = timeline.filter((e) => e.toStatus && e.toStatus !== e.fromStatus);
  return { ...row, timeline: statusChanges, messages, rating: rating ?? null };
}

export type GuestBooking = NonNullable<Awaited<ReturnType<typeof getBookingForGuest>>>;
