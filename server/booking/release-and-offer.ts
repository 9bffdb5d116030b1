// Giving back what a booking held (seats or rental stock) and offering it to the waiting list, in the caller's transaction.
import "server-only";
import type { Tx } from "@/db/client";
import { bookings } from "@/db/schema";
import { releaseBookingHold } from "./holds";
import { offerFreedPlaces } from "./waitlist";

/** The columns that say what a booking holds and whose waiting list gets it back: select or return these. */
export const heldColumns = {
  id: bookings.id,
  propertyId: bookings.propertyId,
  departmentId: bookings.departmentId,
  serviceId: bookings.serviceId,
  sessionId: bookings.sessionId,
  startDay: bookings.startDay,
  endDay: bookings.endDay,
  quantity: bookings.quantity,
};

export type HeldBooking = {
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
