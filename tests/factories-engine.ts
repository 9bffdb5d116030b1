// Factories and probes for the booking-engine tests: price rules, schedule exceptions, and read-backs of seats, stock,
// bookings, events and the waiting list. Builds on tests/factories.ts (hotels, services of every mode, packages, stays).
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import {
  bookingEvents,
  bookings,
  priceRules,
  rentalDays,
  scheduleExceptions,
  serviceSessions,
  services,
  waitlistEntries,
  type Package,
  type Property,
  type Service,
} from "@/db/schema";
import { HOLDING_STATUSES } from "@/lib/booking-status";
import { notifyCatalogueChange } from "@/server/live";

/** The demo hotel's rules (db/seed/catalogue.ts): under 3 free, 3–11 half price, and optionally 10 % off a package's items for 3+ children. */
export async function addDemoPriceRules(property: Pick<Property, "id">, familyPackage?: Pick<Package, "id">): Promise<void> {
  await db().transaction(async (tx) => {
    await insertDemoPriceRules(tx, property, familyPackage);
    await notifyCatalogueChange(tx, property.id);
  });
}

async function insertDemoPriceRules(tx: Tx, property: Pick<Property, "id">, familyPackage?: Pick<Package, "id">): Promise<void> {
  await tx
    .insert(priceRules)
    .values([
      { propertyId: property.id, kind: "age_band", label: { en: "Children under 3 go free" }, minAge: 0, maxAge: 3, discountBp: 10_000 },
      { propertyId: property.id, kind: "age_band", label: { en: "Children 3–11 pay half" }, minAge: 3, maxAge: 12, discountBp: 5_000 },
      ...(familyPackage
        ? [
            {
              propertyId: property.id,
              kind: "family_discount" as const,
              label: { en: "10 % off family items for 3+ children" },
              minChildren: 3,
              packageId: familyPackage.id,
              discountBp: 1_000,
            },
          ]
        : []),
    ]);
}

/** A departure from the weekly schedule: a closed day (no startTime), a closed time, or an extra session (closed false). */
export async function addScheduleException(
  service: Pick<Service, "id">,
  exception: { day: string; startTime?: string; closed: boolean; capacity?: number },
): Promise<void> {
  await db()
    .insert(scheduleExceptions)
    .values({
      serviceId: service.id,
      day: exception.day,
      startTime: exception.startTime ?? null,
      closed: exception.closed,
      capacity: exception.capacity ?? null,
    });
}

/** Units of a rental out on each of the given days (0 where no row exists yet). */
export async function rentalBooked(serviceId: string, days: string[]): Promise<Record<string, number>> {
  const rows = await db()
    .select({ day: rentalDays.day, booked: rentalDays.booked })
    .from(rentalDays)
    .where(and(eq(rentalDays.serviceId, serviceId), inArray(rentalDays.day, days)));
  return Object.fromEntries(days.map((d) => [d, rows.find((r) => r.day === d)?.booked ?? 0]));
}

export async function bookingsOfStay(stayId: string) {
  return db().select().from(bookings).where(eq(bookings.stayId, stayId));
}

export async function eventsOfBooking(bookingId: string) {
  return db().select().from(bookingEvents).where(eq(bookingEvents.bookingId, bookingId));
}

export async function waitlistEntry(id: string) {
  const [row] = await db().select().from(waitlistEntries).where(eq(waitlistEntries.id, id));
  return row;
}

export async function sessionRow(id: string) {
  const [row] = await db().select().from(serviceSessions).where(eq(serviceSessions.id, id));
  return row;
}

/** Sets a service's list price directly, as a later catalogue change would. */
export async function setServicePrice(serviceId: string, priceMinor: number): Promise<void> {
  await db().transaction(async (tx) => {
    const [service] = await tx.update(services).set({ priceMinor }).where(eq(services.id, serviceId)).returning({ propertyId: services.propertyId });
    // As every catalogue change does: every process's catalogue cache drops the property's entries.
    if (service) await notifyCatalogueChange(tx, service.propertyId);
  });
}

/**
 * What the seat counter of each session must be: Σ quantity of the bookings that still hold seats
 * (requested, confirmed, in progress) plus the places held for offered waiting-list entries.
 */
export async function expectedSessionHolds(sessionIds: string[]): Promise<Map<string, number>> {
  const held = new Map(sessionIds.map((id) => [id, 0]));
  if (sessionIds.length === 0) return held;
  const fromBookings = await db()
    .select({ sessionId: bookings.sessionId, quantity: sql<number>`coalesce(sum(${bookings.quantity}), 0)::int` })
    .from(bookings)
    .where(and(inArray(bookings.sessionId, sessionIds), inArray(bookings.status, [...HOLDING_STATUSES])))
    .groupBy(bookings.sessionId);
  const fromOffers = await db()
    .select({ sessionId: waitlistEntries.sessionId, quantity: sql<number>`coalesce(sum(${waitlistEntries.quantity}), 0)::int` })
    .from(waitlistEntries)
    .where(and(inArray(waitlistEntries.sessionId, sessionIds), eq(waitlistEntries.status, "offered")))
    .groupBy(waitlistEntries.sessionId);
  for (const r of [...fromBookings, ...fromOffers]) held.set(r.sessionId!, (held.get(r.sessionId!) ?? 0) + Number(r.quantity));
  return held;
}

/** The same for a rental on each day: live rental bookings and offered entries whose days cover it. */
export async function expectedRentalHolds(serviceId: string, days: string[]): Promise<Map<string, number>> {
  const held = new Map(days.map((d) => [d, 0]));
  const live = await db()
    .select({ startDay: bookings.startDay, endDay: bookings.endDay, quantity: bookings.quantity })
    .from(bookings)
    .where(and(eq(bookings.serviceId, serviceId), inArray(bookings.status, [...HOLDING_STATUSES])));
  const offered = await db()
    .select({ startDay: waitlistEntries.startDay, endDay: waitlistEntries.endDay, quantity: waitlistEntries.quantity })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.serviceId, serviceId), eq(waitlistEntries.status, "offered")));
  for (const r of [...live, ...offered]) {
    if (!r.startDay || !r.endDay) continue;
    for (const d of days) if (d >= r.startDay && d <= r.endDay) held.set(d, held.get(d)! + r.quantity);
  }
  return held;
}
