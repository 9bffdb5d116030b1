// Ratings after fulfilment: the guest rates once; a low score or a complaint is flagged to the manager until resolved.
import "server-only";
import { and, desc, eq, isNull, lte, or } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { db } from "@/db/client";
import { bookings, ratings, services, stays } from "@/db/schema";
import type { GuestRef } from "@/server/stays/guest-stay";
import type { StaffRef } from "@/server/requests/scope";
import { webhookRatingReceived } from "@/server/webhooks/event-hooks";

/** A score at or below this is flagged to the manager, like a complaint. */
export const LOW_SCORE = 2;

export type RatingInput = { score: number; comment?: string | null; complaint?: boolean };

/** Rates the guest's own fulfilled booking, once; a second try is a clear conflict. */
export async function rateBooking(guest: GuestRef, bookingId: string, input: RatingInput): Promise<{ flagged: boolean }> {
  const [booking] = await db()
    .select({ id: bookings.id, status: bookings.status, serviceId: bookings.serviceId })
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId)))
    .limit(1);
  if (!booking) throw new AppError("not_found", "This booking does not exist.");
  if (booking.status !== "fulfilled") throw new AppError("booking:conflict", "You can rate a service once it has been provided.");
  const comment = input.comment?.trim() || null;
  // The rating and its webhook event are written together or not at all.
  const rows = await db().transaction(async (tx) => {
    const inserted = await tx
      .insert(ratings)
      .values({
        propertyId: guest.propertyId,
        bookingId: booking.id,
        stayId: guest.stayId,
        serviceId: booking.serviceId,
        score: input.score,
        comment,
        complaint: !!input.complaint,
      })
      .onConflictDoNothing({ target: ratings.bookingId })
      .returning();
    if (inserted[0]) await webhookRatingReceived(tx, inserted[0]);
    return inserted;
  });
  if (!rows.length) throw new AppError("booking:conflict", "You have already rated this booking. Thank you!");
  return { flagged: isFlagged(input.score, !!input.complaint) };
}

export function isFlagged(score: number, complaint: boolean): boolean {
  return complaint || score <= LOW_SCORE;
}

/** Bookings of this stay that are fulfilled and not yet rated (the prompt on My requests). */
export async function listUnratedBookingIds(guest: GuestRef): Promise<Set<string>> {
  const rows = await db()
    .select({ id: bookings.id })
    .from(bookings)
    .leftJoin(ratings, eq(ratings.bookingId, bookings.id))
    .where(and(eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId), eq(bookings.status, "fulfilled"), isNull(ratings.id)));
  return new Set(rows.map((r) => r.id));
}

/** Unresolved low ratings and complaints of the manager's property, newest first. */
export async function listFlaggedFeedback(staff: StaffRef) {
  return db()
    .select({
      id: ratings.id,
      bookingId: ratings.bookingId,
      score: ratings.score,
      comment: ratings.comment,
      complaint: ratings.complaint,
      createdAt: ratings.createdAt,
      guestName: stays.guestName,
      room: stays.room,
      serviceName: services.name,
    })
    .from(ratings)
    .innerJoin(stays, eq(stays.id, ratings.stayId))
    .innerJoin(services, eq(services.id, ratings.serviceId))
    .where(and(eq(ratings.propertyId, staff.propertyId), isNull(ratings.resolvedAt), or(eq(ratings.complaint, true), lte(ratings.score, LOW_SCORE))))
    .orderBy(desc(ratings.createdAt))
    .limit(200);
}

/** The manager marks a flagged rating as dealt with (kept, never deleted). */
export async function resolveFeedback(staff: StaffRef, ratingId: string, now: Date = new Date()): Promise<void> {
  const rows = await db()
    .update(ratings)
    .set({ resolvedAt: now })
    .where(and(eq(ratings.id, ratingId), eq(ratings.propertyId, staff.propertyId), isNull(ratings.resolvedAt)))
    .returning({ id: ratings.id });
  if (!rows.length) throw new AppError("not_found", "This feedback does not exist or is already resolved.");
}
