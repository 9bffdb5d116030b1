// "Your data": what the hotel keeps about the signed-in guest, until when, and all of it as one JSON document.
import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { bookingMessages, bookings, credits, properties, ratings, services, stays } from "@/db/schema";
import { retentionKeptUntil } from "@/lib/retention";
import type { GuestRef } from "./guest-stay";

/** Until when the guest's personal data is kept; null when the stay is not theirs (or already anonymised). */
export async function getGuestRetention(guest: GuestRef): Promise<{ checkOut: string; retentionDays: number; keptUntil: string } | null> {
  const [row] = await db()
    .select({ checkOut: stays.checkOut, retentionDays: properties.retentionDays })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.id, guest.stayId), eq(stays.propertyId, guest.propertyId), isNull(stays.anonymisedAt)))
    .limit(1);
  return row ? { ...row, keptUntil: retentionKeptUntil(row.checkOut, row.retentionDays) } : null;
}

/**
 * Everything kept about the guest's own stay: the stay, its bookings with their thread, ratings and credits. Staff's
 * internal notes are left out, as everywhere on the guest's side (they are removed with the rest when the period ends).
 */
export async function exportGuestData(guest: GuestRef) {
  const [stay] = await db()
    .select({
      reservationCode: stays.reservationCode,
      guestName: stays.guestName,
      surname: stays.surname,
      email: stays.email,
      room: stays.room,
      checkIn: stays.checkIn,
      checkOut: stays.checkOut,
      adults: stays.adults,
      childrenAges: stays.childrenAges,
      locale: stays.locale,
      notes: stays.notes,
      hotel: properties.name,
      currency: properties.currency,
      retentionDays: properties.retentionDays,
    })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.id, guest.stayId), eq(stays.propertyId, guest.propertyId), isNull(stays.anonymisedAt)))
    .limit(1);
  if (!stay) return null;
  const scope = and(eq(bookings.propertyId, guest.propertyId), eq(bookings.stayId, guest.stayId));
  const rows = await db()
    .select({
      id: bookings.id,
      service: services.name,
      status: bookings.status,
      quantity: bookings.quantity,
      scheduledAt: bookings.scheduledAt,
      startDay: bookings.startDay,
      endDay: bookings.endDay,
      participants: bookings.participants,
      note: bookings.note,
      totalMinor: bookings.totalMinor,
      taxMinor: bookings.taxMinor,
      declineReason: bookings.declineReason,
      createdAt: bookings.createdAt,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .where(scope)
    .orderBy(asc(bookings.createdAt), asc(bookings.id));
  const ids = rows.map((b) => b.id);
  const messages = ids.length
    ? await db()
        .select({ bookingId: bookingMessages.bookingId, from: bookingMessages.authorKind, body: bookingMessages.body, at: bookingMessages.at })
        .from(bookingMessages)
        .where(and(eq(bookingMessages.propertyId, guest.propertyId), inArray(bookingMessages.bookingId, ids), eq(bookingMessages.internal, false)))
        .orderBy(asc(bookingMessages.at))
    : [];
  const [stayRatings, stayCredits] = await Promise.all([
    db()
      .select({ bookingId: ratings.bookingId, score: ratings.score, comment: ratings.comment, at: ratings.createdAt })
      .from(ratings)
      .where(and(eq(ratings.propertyId, guest.propertyId), eq(ratings.stayId, guest.stayId))),
    db()
      .select({ bookingId: credits.bookingId, amountMinor: credits.amountMinor, reason: credits.reason, at: credits.createdAt })
      .from(credits)
      .where(and(eq(credits.propertyId, guest.propertyId), eq(credits.stayId, guest.stayId))),
  ]);
  const { hotel, currency, retentionDays, ...personal } = stay;
  return {
    hotel,
    keptUntil: retentionKeptUntil(stay.checkOut, retentionDays),
    retentionDays,
    stay: personal,
    currency,
    bookings: rows.map((b) => ({
      ...b,
      messages: messages.filter((m) => m.bookingId === b.id).map(({ from, body, at }) => ({ from, body, at })),
      rating: stayRatings.find((r) => r.bookingId === b.id) ?? null,
    })),
    credits: stayCredits,
  };
}

export type GuestDataExport = NonNullable<Awaited<ReturnType<typeof exportGuestData>>>;
