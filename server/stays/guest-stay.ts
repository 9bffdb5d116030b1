// The signed-in guest's stay as the guest side needs it: dates, party, room, and the hotel's zone and currency.
import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { properties, stays } from "@/db/schema";

/** Who the guest is, for every guest-side query: their stay, scoped to its property. */
export type GuestRef = { stayId: string; propertyId: string };

/** The stay's columns as the guest side reads them, with the hotel's zone, currency and name. */
export const guestStayColumns = {
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
};

/** The condition every read of the guest's own stay is made under: this stay, in this property. */
export function isGuestStay(guest: GuestRef) {
  return and(eq(stays.id, guest.stayId), eq(stays.propertyId, guest.propertyId));
}

export async function getStayForGuest(guest: GuestRef) {
  const [row] = await db()
    .select(guestStayColumns)
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(isGuestStay(guest))
    .limit(1);
  return row ?? null;
}

export type GuestStay = NonNullable<Awaited<ReturnType<typeof getStayForGuest>>>;
