// The waiting list: a guest queues for a full session or sold-out rental days; a freed place is held for the first in line, who has a set time to take it.
import "server-only";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { db, type Tx } from "@/db/client";
import { serviceSessions, services, waitlistEntries } from "@/db/schema";
import { rentalStockLeft } from "./availability";
import { daysBetween, releaseBookingHold, releaseRentalStock, releaseSessionSeats, takeRentalStock, takeSessionSeats } from "./holds";
import { notifyWaitlistOffer } from "@/server/notifications/guest-emails";

/** How long a guest has to take a place offered from the waiting list. */
export const OFFER_MINUTES = 30;

/** Whether the places asked for are really taken: the waiting list is for full sessions and sold-out days. */
async function isFull(entry: { serviceId: string; sessionId?: string; startDay?: string; endDay?: string; quantity: number }): Promise<boolean> {
  if (entry.sessionId) {
    const [session] = await db()
      .select({ capacity: serviceSessions.capacity, booked: serviceSessions.booked })
      .from(serviceSessions)
      .where(and(eq(serviceSessions.id, entry.sessionId), eq(serviceSessions.serviceId, entry.serviceId)));
    if (!session) throw new AppError("not_found", "This session does not exist.");
    return session.capacity - session.booked < entry.quantity;
  }
  if (entry.startDay && entry.endDay) {
    const [svc] = await db().select({ stock: services.capacity }).from(services).where(eq(services.id, entry.serviceId));
    const left = await rentalStockLeft(entry.serviceId, svc?.stock ?? 0, daysBetween(entry.startDay, entry.endDay));
    return Math.min(...left.values()) < entry.quantity;
  }
  throw new AppError("input:invalid", "Choose a time or days.", { sessionId: ["validation.choose_time"] });
}

export async function joinWaitlist(
  guest: { stayId: string; propertyId: string },
  entry: { serviceId: string; sessionId?: string; startDay?: string; endDay?: string; quantity: number },
): Promise<{ id: string }> {
  if (!(await isFull(entry))) {
    throw new AppError("booking:not_bookable", "There are places left: book instead.", { sessionId: ["availability.not_full"] });
  }
  const [row] = await db()
    .insert(waitlistEntries)
    .values({
      propertyId: guest.propertyId,
      stayId: guest.stayId,
      serviceId: entry.serviceId,
      sessionId: entry.sessionId ?? null,
      startDay: entry.startDay ?? null,
      endDay: entry.endDay ?? null,
      quantity: entry.quantity,
    })
    .returning({ id: waitlistEntries.id });
  return row;
}

/**
 * After seats of a session (or rental stock) were given back: holds them for
 * the first waiting entry that fits, inside the caller's transaction. Entries
 * further down the line that fit are not skipped ahead of a larger first one
 * unless the first does not fit at all.
 */
export async function offerFreedPlaces(tx: Tx, freed: { serviceId: string; sessionId: string | null }, now: Date): Promise<void> {
  const waiting = await tx
    .select()
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.serviceId, freed.serviceId),
        freed.sessionId ? eq(waitlistEntries.sessionId, freed.sessionId) : sql`${waitlistEntries.sessionId} is null`,
        eq(waitlistEntries.status, "waiting"),
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt))
    .limit(20)
    // Another release offering at the same moment skips entries this one is looking at.
    .for("update", { skipLocked: true });
  for (const entry of waiting) {
    const held = await tryHold(tx, entry);
    if (!held) continue;
    const offeredUntil = new Date(now.getTime() + OFFER_MINUTES * 60_000);
    await tx
      .update(waitlistEntries)
      .set({ status: "offered", offeredUntil })
      .where(and(eq(waitlistEntries.id, entry.id), eq(waitlistEntries.status, "waiting")));
    await notifyWaitlistOffer(tx, entry, offeredUntil);
    return;
  }
}

/** Takes the entry's seats or stock in a savepoint, so a failure leaves the transaction usable. */
async function tryHold(tx: Tx, entry: typeof waitlistEntries.$inferSelect): Promise<boolean> {
  try {
    await tx.transaction(async (sp) => {
      if (entry.sessionId) await takeSessionSeats(sp, entry.sessionId, entry.quantity);
      else if (entry.startDay && entry.endDay) {
        const [svc] = await sp.select({ stock: services.capacity }).from(services).where(eq(services.id, entry.serviceId));
        await takeRentalStock(sp, { serviceId: entry.serviceId, stock: svc?.stock ?? 0 }, entry.startDay, entry.endDay, entry.quantity);
      } else throw new AppError("booking:full", "Nothing to hold.");
    });
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === "booking:full") return false;
    throw err;
  }
}

/** Gives back the places of offers nobody took in time and offers them to the next in line. */
export async function expireOffers(now: Date = new Date()): Promise<number> {
  return db().transaction(async (tx) => {
    const lapsed = await tx
      .update(waitlistEntries)
      .set({ status: "expired" })
      .where(and(eq(waitlistEntries.status, "offered"), lte(waitlistEntries.offeredUntil, now)))
      .returning();
    for (const entry of lapsed) {
      if (entry.sessionId) await releaseSessionSeats(tx, entry.sessionId, entry.quantity);
      else if (entry.startDay && entry.endDay) await releaseRentalStock(tx, entry.serviceId, entry.startDay, entry.endDay, entry.quantity);
      await offerFreedPlaces(tx, { serviceId: entry.serviceId, sessionId: entry.sessionId }, now);
    }
    return lapsed.length;
  });
}

/** Takes an offered place: the entry's held seats become the booking's (no second hold). */
export async function claimOffer(tx: Tx, stayId: string, entryId: string, now: Date) {
  const [entry] = await tx
    .update(waitlistEntries)
    .set({ status: "accepted" })
    .where(
      and(
        eq(waitlistEntries.id, entryId),
        eq(waitlistEntries.stayId, stayId),
        eq(waitlistEntries.status, "offered"),
        gt(waitlistEntries.offeredUntil, now),
      ),
    )
    .returning();
  if (!entry) throw new AppError("booking:conflict", "This offer is no longer open.");
  const session = entry.sessionId
    ? (await tx.select({ startsAt: serviceSessions.startsAt }).from(serviceSessions).where(eq(serviceSessions.id, entry.sessionId)))[0]
    : undefined;
  return { entry, scheduledAt: session?.startsAt ?? null };
}

export async function linkOfferToBooking(tx: Tx, entryId: string, bookingId: string): Promise<void> {
  await tx.update(waitlistEntries).set({ bookingId }).where(eq(waitlistEntries.id, entryId));
}

export async function listWaitlistForStay(guest: { stayId: string; propertyId: string }) {
  return db()
    .select({
      id: waitlistEntries.id,
      status: waitlistEntries.status,
      quantity: waitlistEntries.quantity,
      offeredUntil: waitlistEntries.offeredUntil,
      startDay: waitlistEntries.startDay,
      endDay: waitlistEntries.endDay,
      startsAt: serviceSessions.startsAt,
      serviceName: services.name,
      serviceSlug: services.slug,
      sessionId: waitlistEntries.sessionId,
      createdAt: waitlistEntries.createdAt,
    })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .leftJoin(serviceSessions, eq(serviceSessions.id, waitlistEntries.sessionId))
    .where(and(eq(waitlistEntries.stayId, guest.stayId), eq(waitlistEntries.propertyId, guest.propertyId)))
    .orderBy(asc(waitlistEntries.createdAt));
}

/** Leaves the line; an offered place is given back (and offered on). */
export async function leaveWaitlist(guest: { stayId: string; propertyId: string }, entryId: string, now: Date = new Date()): Promise<void> {
  await db().transaction(async (tx) => {
    const [entry] = await tx
      .select()
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.id, entryId),
          eq(waitlistEntries.stayId, guest.stayId),
          sql`${waitlistEntries.status} in ('waiting', 'offered')`,
        ),
      )
      .for("update");
    if (!entry) throw new AppError("not_found", "Not on the waiting list.");
    await tx.update(waitlistEntries).set({ status: "cancelled" }).where(eq(waitlistEntries.id, entry.id));
    // An offered place was held for this guest: give it to the next in line.
    if (entry.status === "offered") {
      await releaseBookingHold(tx, entry);
      await offerFreedPlaces(tx, { serviceId: entry.serviceId, sessionId: entry.sessionId }, now);
    }
  });
}
