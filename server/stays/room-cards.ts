// What a room card prints, for the stays chosen at the desk: each guest's own language with it, since the card is handed
// to the guest (the stay's language, else the property's default).
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { db } from "@/db/client";
import { properties, stays } from "@/db/schema";

export type RoomCardStay = { id: string; reservationCode: string; guestName: string; room: string | null; locale: Locale };

/** The stays of `ids` at this property, in the order asked for; ids of other properties are left out. */
export async function listRoomCardStays(propertyId: string, ids: string[]): Promise<RoomCardStay[]> {
  if (ids.length === 0) return [];
  const rows = await db()
    .select({
      id: stays.id,
      reservationCode: stays.reservationCode,
      guestName: stays.guestName,
      room: stays.room,
      locale: stays.locale,
      defaultLocale: properties.defaultLocale,
    })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.propertyId, propertyId), inArray(stays.id, ids)));
  const byId = new Map(
    rows.map(({ locale, defaultLocale, ...stay }) => [
      stay.id,
      { ...stay, locale: isLocale(locale) ? locale : isLocale(defaultLocale) ? defaultLocale : ("en" as const) },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
