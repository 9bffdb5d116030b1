// What is left to book, as the guest's service page and the API show it: a day's sessions with seats left, a rental's stock per day.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { whyUnbookable } from "@/lib/availability";
import { isDayInStay, type Day } from "@/lib/time";
import { db } from "@/db/client";
import { rentalDays } from "@/db/schema";
import { getServiceBySlug } from "@/server/catalogue/guest-catalogue";
import { ensureSessionsForDay, listSessionsForDay } from "@/server/catalogue/sessions";
import { getStayForGuest, type GuestRef } from "@/server/stays/guest-stay";

/** Sessions of a timed service on a day, each with what is left and why it cannot be booked, if so. */
export async function availabilityForDay(guest: GuestRef, serviceSlug: string, day: Day, now: Date = new Date()) {
  const stay = await getStayForGuest(guest);
  const service = await getServiceBySlug(guest.propertyId, serviceSlug);
  if (!stay || !service) return null;
  // Only days of the stay get session rows: a guest cannot make rows for any date they like.
  if (isDayInStay(day, stay)) await ensureSessionsForDay(db(), service, day, stay.timeZone);
  const sessions = await listSessionsForDay(service.id, day, stay.timeZone);
  return sessions.map((s) => ({
    ...s,
    remaining: Math.max(0, s.capacity - s.booked),
    reason: whyUnbookable(s, 1, { leadTimeMinutes: service.leadTimeMinutes, timeZone: stay.timeZone, stay, active: service.active }, now),
  }));
}

/** Units of a rental left on each day (the full stock where nobody has booked yet). */
export async function rentalStockLeft(serviceId: string, stock: number, days: Day[]): Promise<Map<Day, number>> {
  const left = new Map(days.map((d) => [d, stock]));
  if (days.length === 0) return left;
  const rows = await db()
    .select({ day: rentalDays.day, capacity: rentalDays.capacity, booked: rentalDays.booked })
    .from(rentalDays)
    .where(and(eq(rentalDays.serviceId, serviceId), inArray(rentalDays.day, days)));
  for (const r of rows) left.set(r.day, Math.max(0, r.capacity - r.booked));
  return left;
}

/** Units left on each day for several rentals at once (one query): by service id, then by day. */
export async function rentalStockLeftByService(services: { id: string; stock: number }[], days: Day[]): Promise<Map<string, Map<Day, number>>> {
  const out = new Map(services.map((s) => [s.id, new Map(days.map((d) => [d, s.stock]))]));
  if (services.length === 0 || days.length === 0) return out;
  const rows = await db()
    .select({ serviceId: rentalDays.serviceId, day: rentalDays.day, capacity: rentalDays.capacity, booked: rentalDays.booked })
    .from(rentalDays)
    .where(and(inArray(rentalDays.serviceId, services.map((s) => s.id)), inArray(rentalDays.day, days)));
  for (const r of rows) out.get(r.serviceId)?.set(r.day, Math.max(0, r.capacity - r.booked));
  return out;
}
