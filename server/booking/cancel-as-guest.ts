// The guest cancels their own booking before the service's cutoff; after it only staff can.
import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { localInstant } from "@/lib/time";
import { db } from "@/db/client";
import { bookingEvents, bookings, properties, services, stays } from "@/db/schema";
import { publishBookingChange } from "@/server/live";
import { webhookBookingStatusChanged } from "@/server/webhooks/event-hooks";
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
    const [row] = await tx
      .select({
        id: bookings.id,
        propertyId: bookings.propertyId,
        departmentId: bookings.departmentId,
        serviceId: bookings.serviceId,
        sessionId: bookings.sessionId,
        startDay: bookings.startDay,
        endDay: bookings.endDay,
        quantity: bookings.quantity,
        status: bookings.status,
        scheduledAt: bookings.scheduledAt,
        cutoff: services.cancelCutoffMinutes,
        timeZone: properties.timeZone,
        guestName: stays.guestName,
      })
      .from(bookings)
      .innerJoin(services, eq(services.id, bookings.serviceId))
      .innerJoin(properties, eq(properties.id, bookings.propertyId))
      .innerJoin(stays, eq(stays.id, bookings.stayId))
      .where(and(eq(bookings.id, bookingId), eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId)))
      .for("update", { of: bookings })
      .limit(1);
    // Another stay's booking answers exactly like one that does not exist.
    if (!row) throw new AppError("not_found", "This booking does not exist.");
    if (row.status !== "requested" && row.status !== "confirmed") {
      throw new AppError("booking:conflict", `This booking is already ${row.status.replace("_", " ")}.`);
    }
    const start = startOf(row, row.timeZone);
    if (start && start.getTime() - now.getTime() < row.cutoff * 60_000) {
      throw new AppError("booking:too_late", "It is too late to cancel this online; please ask the reception desk.");
    }
    await tx.update(bookings).set({ status: "cancelled", updatedAt: now }).where(and(eq(bookings.id, row.id), eq(bookings.status, row.status)));
    await releaseAndOffer(tx, row, now);
    await tx.insert(bookingEvents).values({
      propertyId: row.propertyId,
      bookingId: row.id,
      actorKind: "guest",
      actorId: guest.stayId,
      actorName: row.guestName,
      fromStatus: row.status,
      toStatus: "cancelled",
    });
    await webhookBookingStatusChanged(tx, { propertyId: row.propertyId, bookingId: row.id, from: row.status, to: "cancelled", actor: "guest" });
    return row;
  });
  await publishBookingChange({ propertyId: booking.propertyId, departmentId: booking.departmentId, bookingId: booking.id, kind: "cancel" });
  return { status: "cancelled" };
}
