// Taking a place the waiting list offered: booked like any other booking, with the seats the offer already holds.
import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { db } from "@/db/client";
import { services, waitlistEntries } from "@/db/schema";
import type { GuestRef } from "@/server/stays/guest-stay";
import { bookService, type BookResult } from "./book-service";

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
