// Booking a service as a guest, and the guest's own bookings: capacity and idempotency enforced by the database.
import "server-only";
import crypto from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { whyUnbookable } from "@/lib/availability";
import type { BookingStatus } from "@/lib/booking-status";
import { AppError } from "@/lib/errors";
import { bookingCost } from "@/lib/pricing";
import { daysIncluded, isDayInStay, localInstant, type Day } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import { bookingEvents, bookings, properties, services, stays, waitlistEntries } from "@/db/schema";
import { expiryOf, planBooking, takeHold } from "./plan-and-price";
import { ensureSessionsForDay, getServiceBySlug, listSessionsForDay } from "@/server/catalogue/guest-catalogue";
import { sqlState, UNIQUE_VIOLATION } from "@/server/db-errors";
import { publishBookingChange } from "@/server/live";
import { claimOffer, linkOfferToBooking } from "./waitlist";

export type GuestRef = { stayId: string; propertyId: string };

export type BookInput = {
  serviceSlug: string;
  sessionId?: string;
  quantity: number;
  note?: string;
  /** In-room requests: wanted by this hotel-local time, "YYYY-MM-DDTHH:MM"; none = as soon as possible. */
  dueAt?: string;
  /** Rentals: first and last day out, hotel-local, both included. */
  startDay?: string;
  endDay?: string;
  /** Who takes part (adults, children's ages); default: adults first, then the eldest children. */
  adults?: number;
  childAges?: number[];
  idempotencyKey: string;
};

export type BookResult = { bookingId: string; status: BookingStatus; totalMinor: number; replayed: boolean };

export async function getStayForGuest(guest: GuestRef) {
  const [row] = await db()
    .select({
      id: stays.id,
      propertyId: stays.propertyId,
      reservationCode: stays.reservationCode,
      guestName: stays.guestName,
      room: stays.room,
      checkIn: stays.checkIn,
      checkOut: stays.checkOut,
      adults: stays.adults,
      childrenAges: stays.childrenAges,
      vip: stays.vip,
      timeZone: properties.timeZone,
      currency: properties.currency,
      propertyName: properties.name,
      isDemo: properties.isDemo,
    })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.id, guest.stayId), eq(stays.propertyId, guest.propertyId)))
    .limit(1);
  return row ?? null;
}

export type GuestStay = NonNullable<Awaited<ReturnType<typeof getStayForGuest>>>;

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
  const hash = requestHash(input);
  const earlier = await findByIdempotencyKey(db(), guest.stayId, input.idempotencyKey);
  if (earlier) return replay(earlier, hash);

  const stay = await getStayForGuest(guest);
  if (!stay) throw new AppError("not_found", "Stay not found.");
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
      const [created] = await tx
        .insert(bookings)
        .values({
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
        })
        .returning({ id: bookings.id });
      if (offer) await linkOfferToBooking(tx, offer.entry.id, created.id);
      await tx.insert(bookingEvents).values({
        propertyId: guest.propertyId,
        bookingId: created.id,
        actorKind: "guest",
        actorId: guest.stayId,
        actorName: stay.guestName,
        fromStatus: null,
        toStatus: status,
      });
      return { bookingId: created.id, status, totalMinor: plan.quote.totalMinor, replayed: false };
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
  await publishBookingChange({ propertyId: guest.propertyId, departmentId: service.departmentId, bookingId: result.bookingId, kind: "created" });
  return result;
}

/** Sessions of a timed service on a day, each with what is left and why it cannot be booked, if so. */
export async function availabilityForDay(guest: GuestRef, serviceSlug: string, day: Day, now: Date = new Date()) {
  const stay = await getStayForGuest(guest);
  const service = await getServiceBySlug(guest.propertyId, serviceSlug);
  if (!stay || !service) return null;
  // Only days of the stay get session rows: a guest cannot make rows for any date they like.
  if (isDayInStay(day, stay)) await ensureSessionsForDay(db(), service, day, stay.timeZone);
  const sessions = await listSessionsForDay(service.id, day, stay.timeZone);
  return sessions.map((s) => ({
    ...s,
    remaining: Math.max(0, s.capacity - s.booked),
    reason: whyUnbookable(s, 1, { leadTimeMinutes: service.leadTimeMinutes, timeZone: stay.timeZone, stay, active: service.active }, now),
  }));
}

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

/** Takes a place the waiting list offered: books it with the seats already held. */
export async function acceptWaitlistOffer(guest: GuestRef, offerId: string, idempotencyKey: string, now: Date = new Date()): Promise<BookResult> {
  const [entry] = await db()
    .select({
      serviceSlug: services.slug,
      sessionId: waitlistEntries.sessionId,
      startDay: waitlistEntries.startDay,
      endDay: waitlistEntries.endDay,
      quantity: waitlistEntries.quantity,
    })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .where(and(eq(waitlistEntries.id, offerId), eq(waitlistEntries.stayId, guest.stayId), eq(waitlistEntries.propertyId, guest.propertyId)))
    .limit(1);
  if (!entry) throw new AppError("not_found", "This offer does not exist.");
  return bookService(
    guest,
    {
      serviceSlug: entry.serviceSlug,
      sessionId: entry.sessionId ?? undefined,
      startDay: entry.startDay ?? undefined,
      endDay: entry.endDay ?? undefined,
      quantity: entry.quantity,
      idempotencyKey,
    },
    now,
    { offerId },
  );
}
