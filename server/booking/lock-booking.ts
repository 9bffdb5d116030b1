// Locking one booking before changing it: the row is read FOR UPDATE within what the caller may see, and a status the
// change is not open to is a conflict. Staff transitions, staff changes and the guest's own cancel all start here.
import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { BookingStatus } from "@/lib/booking-status";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/db/client";
import { bookings } from "@/db/schema";
import { heldColumns, type HeldBooking } from "./release-and-offer";

const lockedColumns = {
  ...heldColumns,
  stayId: bookings.stayId,
  status: bookings.status,
  scheduledAt: bookings.scheduledAt,
  assignedTo: bookings.assignedTo,
  expiresAt: bookings.expiresAt,
};

export type LockedBooking = HeldBooking & {
  stayId: string;
  status: BookingStatus;
  scheduledAt: Date | null;
  assignedTo: string | null;
  expiresAt: Date | null;
};

/**
 * Locks the booking `bookingId` inside `scope` (what the caller may see) until the transaction ends. Outside the scope it
 * answers exactly like a booking that does not exist (not_found); a status `allowed` refuses is booking:conflict, so the
 * second of two people acting at once is told what the first one did. `noun` is how the caller names it in messages.
 */
export async function lockBooking(
  tx: Tx,
  bookingId: string,
  scope: SQL,
  allowed: (status: BookingStatus) => boolean,
  noun: "request" | "booking",
): Promise<LockedBooking> {
  const [row] = await tx
    .select(lockedColumns)
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), scope))
    .for("update")
    .limit(1);
  if (!row) throw new AppError("not_found", `This ${noun} does not exist.`);
  if (!allowed(row.status)) throw new AppError("booking:conflict", `This ${noun} is already ${row.status.replace("_", " ")}.`);
  return row;
}
