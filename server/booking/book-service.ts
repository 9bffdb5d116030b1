// Booking a service as a guest: planned and priced first, then seats or stock held and the booking written in one
// transaction; capacity and idempotency enforced by the database.
import "server-only";
import { countBooking } from "@/server/metrics";
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { BookingStatus } from "@/lib/booking-status";
import { AppError } from "@/lib/errors";
import { bookingCost } from "@/lib/pricing";
import type { BookInput } from "@/lib/booking-input";
import { daysIncluded, localInstant } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import { bookings, properties, stays } from "@/db/schema";
import { expiryOf, planBooking, takeHold } from "./plan-and-price";
import { getServiceBySlug } from "@/server/catalogue/guest-catalogue";
import { sqlState, UNIQUE_VIOLATION } from "@/server/db-errors";
import { notifyGuestOfChange } from "@/server/notifications/guest-emails";
import { publishBookingChangeIn } from "@/server/live";
import { webhookBookingsCreated } from "@/server/webhooks/event-hooks";
import { guestStayColumns, isGuestStay, type GuestRef, type GuestStay } from "@/server/stays/guest-stay";
import { insertGuestBooking } from "./insert-booking";
import { claimOffer, linkOfferToBooking } from "./waitlist";

export type BookResult = { bookingId: string; status: BookingStatus; totalMinor: number; replayed: boolean };

function requestHash(input: BookInput): string {
  const { idempotencyKey: _key, ...body } = input;
  const canonical = Object.keys(body)
    .sort()
    .map((k) => [k, body[k as keyof typeof body] ?? null]);
  return crypto.createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

async function findByIdempotencyKey(exec: Tx | ReturnType<typeof db>, stayId: string, key: string) {
  const [row] = await exec
    .select({ id: bookings.id, status: bookings.status, totalMinor: bookings.totalMinor, requestHash: bookings.requestHash })
    .from(bookings)
    .where(and(eq(bookings.stayId, stayId), eq(bookings.idempotencyKey, key)))
    .limit(1);
  return row ?? null;
}

/**
 * A booking's one read before its transaction: the guest's stay (with the hotel's zone and currency) and the booking
 * the stay already holds under this idempotency key, if any — a retry is answered from it before anything is planned.
 */
async function stayAndEarlier(guest: GuestRef, key: string) {
  const [row] = await db()
    .select({
      ...guestStayColumns,
      earlier: { id: bookings.id, status: bookings.status, totalMinor: bookings.totalMinor, requestHash: bookings.requestHash },
    })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .leftJoin(bookings, and(eq(bookings.stayId, stays.id), eq(bookings.idempotencyKey, key)))
    .where(isGuestStay(guest))
    .limit(1);
  if (!row) return { stay: null, earlier: null };
  const { earlier, ...stay } = row;
  return { stay: stay as GuestStay, earlier: earlier?.id ? (earlier as { id: string; status: BookingStatus; totalMinor: number; requestHash: string }) : null };
}

function replay(existing: { id: string; status: BookingStatus; totalMinor: number; requestHash: string }, hash: string): BookResult {
  if (existing.requestHash !== hash) {
    throw new AppError("idempotency:mismatch", "This request key was already used for a different booking.");
  }
  return { bookingId: existing.id, status: existing.status, totalMinor: existing.totalMinor, replayed: true };
}

/**
 * Books a service for the guest's stay. Seats and stock move in one
 * conditional statement each (server/booking/holds.ts), so no number of app
 * instances can oversell; the (stay, idempotency key) unique index makes a
 * retried request a replay with the same answer.
 */
export async function bookService(
  guest: GuestRef,
  input: BookInput,
  now: Date = new Date(),
  options: { offerId?: string } = {},
): Promise<BookResult> {
  return countBooking("service", () => bookServiceOnce(guest, input, now, options));
}

async function bookServiceOnce(guest: GuestRef, input: BookInput, now: Date, options: { offerId?: string }): Promise<BookResult> {
  const hash = requestHash(input);
  const { stay, earlier } = await stayAndEarlier(guest, input.idempotencyKey);
  if (earlier) return replay(earlier, hash);
  if (!stay) throw new AppError("not_found", "Stay not found.");
  // From the process's catalogue cache (server/catalogue/catalogue-cache.ts), as the price rules planBooking uses.
  const service = await getServiceBySlug(guest.propertyId, input.serviceSlug);
  if (!service || !service.active) throw new AppError("not_found", "This service is not available.");
  const plan = await planBooking(stay, service, input, now);

  let result: BookResult;
  try {
    result = await db().transaction(async (tx) => {
      // A place offered from the waiting list is already held for this guest.
      const offer = options.offerId ? await claimOffer(tx, guest.stayId, options.offerId, now) : null;
      const hold = offer
        ? { sessionId: offer.entry.sessionId, scheduledAt: offer.scheduledAt ?? (plan.startDay ? localInstant(plan.startDay, service.openFrom ?? "09:00", stay.timeZone) : null) }
        : await takeHold(tx, service, stay, input, plan, now);
      const status = service.confirmation === "instant" ? "confirmed" : "requested";
      const bookingId = await insertGuestBooking(
        tx,
        {
          propertyId: guest.propertyId,
          stayId: guest.stayId,
          serviceId: service.id,
          departmentId: service.departmentId,
          sessionId: hold.sessionId,
          status,
          quantity: input.quantity,
          note: input.note || null,
          scheduledAt: hold.scheduledAt,
          startDay: plan.startDay,
          endDay: plan.endDay,
          participants: plan.participants,
          currency: stay.currency,
          priceLines: plan.quote.lines,
          totalMinor: plan.quote.totalMinor,
          taxMinor: plan.quote.taxMinor,
          responseTargetMinutes: service.responseTargetMinutes,
          costMinor: bookingCost(service.costMinor, input.quantity, daysIncluded(plan.startDay, plan.endDay)),
          idempotencyKey: input.idempotencyKey,
          requestHash: hash,
          expiresAt: status === "requested" ? expiryOf(hold.scheduledAt, now) : null,
        },
        { actorName: stay.guestName },
      );
      if (offer) await linkOfferToBooking(tx, offer.entry.id, bookingId);
      // Confirmed at once (no one has to answer): the guest gets the same confirmation email as after a staff confirm.
      if (status === "confirmed") await notifyGuestOfChange(tx, bookingId, "confirmed");
      await webhookBookingsCreated(tx, guest.propertyId, [bookingId]);
      // The open staff queues hear of it when it commits (server/live.ts).
      await publishBookingChangeIn(tx, { propertyId: guest.propertyId, departmentId: service.departmentId, bookingId, kind: "created" });
      return { bookingId, status, totalMinor: plan.quote.totalMinor, replayed: false };
    });
  } catch (err) {
    // The same key raced in from another request (it may even have taken the
    // last seat first): answer as that one did.
    if (sqlState(err) === UNIQUE_VIOLATION || (err instanceof AppError && err.code === "booking:full")) {
      const winner = await findByIdempotencyKey(db(), guest.stayId, input.idempotencyKey);
      if (winner) return replay(winner, hash);
    }
    throw err;
  }
  return result;
}
