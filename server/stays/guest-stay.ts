// The signed-in guest's stay as the guest side needs it: dates, party, room, and the hotel's zone and currency.
import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { properties, stays } from "@/db/schema";

/** Who the guest is, for every guest-side query: their stay, scoped to its property. */
export type GuestRef = { stayId: string; propertyId: string };

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
