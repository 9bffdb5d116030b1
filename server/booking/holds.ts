// Seats and stock held by bookings: taken and given back in single conditional statements, so the database itself prevents overselling.
import "server-only";
import { and, between, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { addDays, type Day } from "@/lib/time";
import type { Tx } from "@/db/client";
import { rentalDays, serviceSessions } from "@/db/schema";
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
