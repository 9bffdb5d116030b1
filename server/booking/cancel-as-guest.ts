// The guest cancels their own booking before the service's cutoff; after it only staff can.
import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { localInstant } from "@/lib/time";
import { db } from "@/db/client";
import { bookingEvents, bookings, properties, services, stays } from "@/db/schema";
import { publishBookingChange } from "@/server/live";
import { webhookBookingStatusChanged } from "@/server/webhooks/event-hooks";
import { lockBooking } from "./lock-booking";
import { releaseAndOffer } from "./release-and-offer";

/** When the cancellation cutoff is measured from: the session start, the first rental day, or the due time. */
function startOf(b: { scheduledAt: Date | null; startDay: string | null }, timeZone: string): Date | null {
  if (b.scheduledAt) return b.scheduledAt;
  return b.startDay ? localInstant(b.startDay, "00:00", timeZone) : null;
}

/**
 * The guest cancels their own booking. Allowed while it is requested or
 * confirmed and the service's cutoff has not passed; after that only staff
 * can. Five concurrent cancels change the status (and give back seats) once.
 */
export async function cancelBookingAsGuest(
  guest: { stayId: string; propertyId: string },
  bookingId: string,
  now: Date = new Date(),
): Promise<{ status: "cancelled" }> {
  const booking = await db().transaction(async (tx) => {
    // Another stay's booking answers exactly like one that does not exist.
    const guestScope = and(eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId))!;
    const row = await lockBooking(tx, bookingId, guestScope, (status) => status === "requested" || status === "confirmed", "booking");
    const [terms] = await tx
      .select({ cutoff: services.cancelCutoffMinutes, timeZone: properties.timeZone, guestName: stays.guestName })
      .from(services)
      .innerJoin(properties, eq(properties.id, services.propertyId))
      .innerJoin(stays, eq(stays.id, row.stayId))
      .where(eq(services.id, row.serviceId));
    const start = startOf(row, terms.timeZone);
    if (start && start.getTime() - now.getTime() < terms.cutoff * 60_000) {
      throw new AppError("booking:too_late", "It is too late to cancel this online; please ask the reception desk.");
    }
    await tx.update(bookings).set({ status: "cancelled", updatedAt: now }).where(and(eq(bookings.id, row.id), eq(bookings.status, row.status)));
    await releaseAndOffer(tx, row, now);
    await tx.insert(bookingEvents).values({
      propertyId: row.propertyId,
      bookingId: row.id,
      actorKind: "guest",
      actorId: guest.stayId,
      actorName: terms.guestName,
      fromStatus: row.status,
      toStatus: "cancelled",
    });
    await webhookBookingStatusChanged(tx, { propertyId: row.propertyId, bookingId: row.id, from: row.status, to: "cancelled", actor: "guest" });
    return row;
  });
  await publishBookingChange({ propertyId: booking.propertyId, departmentId: booking.departmentId, bookingId: booking.id, kind: "cancel" });
  return { status: "cancelled" };
}
