// What happens to bookings without staff: the guest cancels before the cutoff, unanswered requests expire, lapsed offers move on.
import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { localInstant } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import { bookingEvents, bookings, properties, services, stays } from "@/db/schema";
import { releaseBookingHold } from "./holds";
import { publishBookingChange } from "@/server/live";
import { enqueuePreArrivalOffers, enqueueReminders, notifyGuestOfChange } from "@/server/notifications/guest-emails";
import { flushOutbox } from "@/server/notifications/outbox";
import { expireOffers, offerFreedPlaces } from "./waitlist";

type HeldBooking = {
  id: string;
  propertyId: string;
  departmentId: string;
  serviceId: string;
  sessionId: string | null;
  startDay: string | null;
  endDay: string | null;
  quantity: number;
};

/** Gives back a booking's seats or stock and offers them to the waiting list, in the caller's transaction. */
export async function releaseAndOffer(tx: Tx, booking: HeldBooking, now: Date): Promise<void> {
  await releaseBookingHold(tx, booking);
  await offerFreedPlaces(tx, { serviceId: booking.serviceId, sessionId: booking.sessionId }, now);
}

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
    return row;
  });
  await publishBookingChange({ propertyId: booking.propertyId, departmentId: booking.departmentId, bookingId: booking.id, kind: "cancel" });
  return { status: "cancelled" };
}

/** Requests nobody answered in time become expired; their seats go back (and to the waiting list). */
export async function expireUnansweredRequests(now: Date = new Date()): Promise<number> {
  const expired = await db().transaction(async (tx) => {
    const rows = await tx
      .update(bookings)
      .set({ status: "expired", updatedAt: now })
      .where(and(eq(bookings.status, "requested"), lte(bookings.expiresAt, now)))
      .returning({
        id: bookings.id,
        propertyId: bookings.propertyId,
        departmentId: bookings.departmentId,
        serviceId: bookings.serviceId,
        sessionId: bookings.sessionId,
        startDay: bookings.startDay,
        endDay: bookings.endDay,
        quantity: bookings.quantity,
      });
    for (const row of rows) await releaseAndOffer(tx, row, now);
    if (rows.length) {
      await tx.insert(bookingEvents).values(
        rows.map((r) => ({
          propertyId: r.propertyId,
          bookingId: r.id,
          actorKind: "system" as const,
          actorName: "Guest Services",
          fromStatus: "requested" as const,
          toStatus: "expired" as const,
          note: "Not answered in time",
        })),
      );
    }
    for (const r of rows) await notifyGuestOfChange(tx, r.id, "expired");
    return rows;
  });
  for (const r of expired) await publishBookingChange({ propertyId: r.propertyId, departmentId: r.departmentId, bookingId: r.id, kind: "expire" });
  return expired.length;
}

/** One pass of the background housekeeping: expire requests, then lapsed waiting-list offers; queue reminders and pre-arrival offers; send due emails. */
export async function runHousekeeping(
  now: Date = new Date(),
): Promise<{ expiredRequests: number; expiredOffers: number; emailsSent: number }> {
  const expiredRequests = await expireUnansweredRequests(now);
  const expiredOffers = await expireOffers(now);
  await enqueueReminders(now);
  await enqueuePreArrivalOffers(now);
  const { sent: emailsSent } = await flushOutbox(now);
  return { expiredRequests, expiredOffers, emailsSent };
}

