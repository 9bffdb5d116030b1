// Seats and stock held by bookings: taken and given back in single conditional statements, so the database itself prevents overselling.
import "server-only";
import { and, between, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { addDays, type Day } from "@/lib/time";
import type { Tx } from "@/db/client";
import { rentalDays, scheduleExceptions, serviceSessions } from "@/db/schema";
import { CHECK_VIOLATION, sqlState } from "@/server/db-errors";

/** Takes `quantity` seats of a session, or throws booking:full. */
export async function takeSessionSeats(tx: Tx, sessionId: string, quantity: number): Promise<void> {
  const taken = await tx
    .update(serviceSessions)
    .set({ booked: sql`${serviceSessions.booked} + ${quantity}` })
    .where(and(eq(serviceSessions.id, sessionId), sql`${serviceSessions.booked} + ${quantity} <= ${serviceSessions.capacity}`))
    .returning({ id: serviceSessions.id });
  if (taken.length === 0) throw new AppError("booking:full", "Fully booked: not enough places left at this time.");
}

/** A session's row as a booking checks it, with the closing exceptions of its service on the days around it. */
const sessionForHold = {
  id: serviceSessions.id,
  startsAt: serviceSessions.startsAt,
  capacity: serviceSessions.capacity,
  booked: serviceSessions.booked,
  // The whole day or one time closed; the day ±1 around the start, so that the hotel's day of it is among them in any zone.
  // The session's columns are named in full: in an UPDATE's RETURNING drizzle writes them bare, and a bare "service_id"
  // inside the subquery would be the exception's own (every service's exceptions would close the session).
  closings: sql<{ day: string; startTime: string | null }[]>`(
    select coalesce(json_agg(json_build_object('day', e.day, 'startTime', e.start_time)), '[]'::json)
    from ${scheduleExceptions} e
    where e.service_id = "service_sessions"."service_id" and e.closed
      and e.day between ("service_sessions"."starts_at" - interval '1 day')::date and ("service_sessions"."starts_at" + interval '1 day')::date
  )`,
};

export type SessionForHold = { id: string; startsAt: Date; capacity: number; booked: number; closings: { day: string; startTime: string | null }[] };

/**
 * Takes `quantity` seats of the service's session in the one conditional UPDATE, and returns the row as it was before
 * (seats, start, closing exceptions) for the caller to check its rules on — a refusal then rolls the transaction back.
 * Null when nothing was taken: no such session of the service, or not enough seats (readSessionForHold tells which).
 */
export async function takeSeatsOfSession(tx: Tx, serviceId: string, sessionId: string, quantity: number): Promise<SessionForHold | null> {
  const [row] = await tx
    .update(serviceSessions)
    .set({ booked: sql`${serviceSessions.booked} + ${quantity}` })
    .where(
      and(
        eq(serviceSessions.id, sessionId),
        eq(serviceSessions.serviceId, serviceId),
        sql`${serviceSessions.booked} + ${quantity} <= ${serviceSessions.capacity}`,
      ),
    )
    .returning(sessionForHold);
  return row ? { ...row, booked: row.booked - quantity } : null;
}

/** The service's session as a booking checks it, without taking anything; null when the service has no such session. */
export async function readSessionForHold(tx: Tx, serviceId: string, sessionId: string): Promise<SessionForHold | null> {
  const [row] = await tx
    .select(sessionForHold)
    .from(serviceSessions)
    .where(and(eq(serviceSessions.id, sessionId), eq(serviceSessions.serviceId, serviceId)))
    .limit(1);
  return row ?? null;
}

export async function releaseSessionSeats(tx: Tx, sessionId: string, quantity: number): Promise<void> {
  await tx
    .update(serviceSessions)
    .set({ booked: sql`greatest(${serviceSessions.booked} - ${quantity}, 0)` })
    .where(eq(serviceSessions.id, sessionId));
}

export function daysBetween(startDay: Day, endDay: Day): Day[] {
  const days: Day[] = [];
  for (let d = startDay; d <= endDay; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * Rental days are many rows taken and given back in several statements; one
 * transaction-scoped lock per rental service makes them queue instead of
 * deadlocking (seat counters are one row each and need no such lock).
 */
async function lockRental(tx: Tx, serviceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${serviceId}::text, 0))`);
}

/**
 * Takes `quantity` units of a rental's stock on every day from `startDay` to
 * `endDay`: one INSERT … ON CONFLICT DO UPDATE … WHERE booked + q <= capacity.
 * If any day lacks stock, fewer rows come back and the caller's transaction
 * is rolled back by the thrown booking:full.
 */
export async function takeRentalStock(
  tx: Tx,
  rental: { serviceId: string; stock: number },
  startDay: Day,
  endDay: Day,
  quantity: number,
): Promise<void> {
  const days = daysBetween(startDay, endDay);
  await lockRental(tx, rental.serviceId);
  if (quantity > rental.stock) throw new AppError("booking:full", "Not enough left in stock for these days.");
  try {
    const rows = await tx
      .insert(rentalDays)
      .values(days.map((day) => ({ serviceId: rental.serviceId, day, capacity: rental.stock, booked: quantity })))
      .onConflictDoUpdate({
        target: [rentalDays.serviceId, rentalDays.day],
        set: { booked: sql`${rentalDays.booked} + excluded.booked` },
        setWhere: sql`${rentalDays.booked} + excluded.booked <= ${rentalDays.capacity}`,
      })
      .returning({ day: rentalDays.day });
    if (rows.length !== days.length) throw new AppError("booking:full", "Not enough left in stock for these days.");
  } catch (err) {
    if (sqlState(err) === CHECK_VIOLATION) throw new AppError("booking:full", "Not enough left in stock for these days.");
    throw err;
  }
}

export async function releaseRentalStock(tx: Tx, serviceId: string, startDay: Day, endDay: Day, quantity: number): Promise<void> {
  await lockRental(tx, serviceId);
  await tx
    .update(rentalDays)
    .set({ booked: sql`greatest(${rentalDays.booked} - ${quantity}, 0)` })
    .where(and(eq(rentalDays.serviceId, serviceId), between(rentalDays.day, startDay, endDay)));
}

/** Gives back whatever a booking holds: session seats or rental stock. */
export async function releaseBookingHold(
  tx: Tx,
  booking: { serviceId: string; sessionId: string | null; startDay: string | null; endDay: string | null; quantity: number },
): Promise<void> {
  if (booking.sessionId) await releaseSessionSeats(tx, booking.sessionId, booking.quantity);
  else if (booking.startDay && booking.endDay) await releaseRentalStock(tx, booking.serviceId, booking.startDay, booking.endDay, booking.quantity);
}
