// Writing a guest's new booking with the first event of its trail, in one statement: shared by a single booking and a
// package's items (issue 10). Capacity was taken before (holds.ts); the (stay, idempotency key) unique index still makes
// two racing retries one booking.
import "server-only";
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bookingEvents, bookings } from "@/db/schema";

export type GuestBookingValues = Omit<typeof bookings.$inferInsert, "id" | "stayId" | "status"> & {
  stayId: string;
  status: "requested" | "confirmed";
};

/**
 * Inserts the booking and its first booking_events row (the guest asked: from nothing to `status`) as one statement —
 * the booking in a WITH, its event after it; the foreign key is checked at the statement's end, when both exist.
 * Returns the new booking's id. A unique violation (the same idempotency key) fails the statement, and with it both rows.
 */
export async function insertGuestBooking(tx: Tx, values: GuestBookingValues, event: { actorName: string; note?: string | null }): Promise<string> {
  const id = crypto.randomUUID();
  const booking = tx.insert(bookings).values({ ...values, id });
  const first = tx.insert(bookingEvents).values({
    propertyId: values.propertyId,
    bookingId: id,
    actorKind: "guest",
    actorId: values.stayId,
    actorName: event.actorName,
    fromStatus: null,
    toStatus: values.status,
    note: event.note ?? null,
  });
  await tx.execute(sql`with booking as (${booking.getSQL()}) ${first.getSQL()}`);
  return id;
}
