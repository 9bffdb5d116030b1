// Reading the catalogue for the guest side: packages, their items, one service, its sessions for a day.
import "server-only";
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { dayBounds, dayOf, plannedSessionsForDay, wallClock, weekdayOf, type Day } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import { departments, packageItems, packages, properties, rentalDays, scheduleExceptions, serviceSchedules, serviceSessions, services } from "@/db/schema";

export async function getProperty(propertyId: string) {
  const [row] = await db().select().from(properties).where(eq(properties.id, propertyId)).limit(1);
  return row ?? null;
}

const packageCard = {
  id: packages.id,
  slug: packages.slug,
  name: packages.name,
  description: packages.description,
  bundlePriceMinor: packages.bundlePriceMinor,
};

export async function listPackages(propertyId: string) {
  return db()
    .select(packageCard)
    .from(packages)
    .where(and(eq(packages.propertyId, propertyId), eq(packages.active, true)))
    .orderBy(asc(packages.sortOrder));
}

const serviceCard = {
  id: services.id,
  slug: services.slug,
  name: services.name,
  description: services.description,
  image: services.image,
  mode: services.mode,
  priceMinor: services.priceMinor,
  priceUnit: services.priceUnit,
  complimentary: services.complimentary,
  durationMinutes: services.durationMinutes,
};

export async function getPackageWithItems(propertyId: string, slug: string) {
  const [pkg] = await db()
    .select(packageCard)
    .from(packages)
    .where(and(eq(packages.propertyId, propertyId), eq(packages.slug, slug), eq(packages.active, true)))
    .limit(1);
  if (!pkg) return null;
  const items = await db()
    .select(serviceCard)
    .from(packageItems)
    .innerJoin(services, eq(services.id, packageItems.serviceId))
    .where(and(eq(packageItems.packageId, pkg.id), eq(services.active, true)))
    .orderBy(asc(packageItems.sortOrder));
  return { ...pkg, items };
}

export async function getServiceBySlug(propertyId: string, slug: string) {
  const [row] = await db()
    .select({
      ...serviceCard,
      propertyId: services.propertyId,
      departmentId: services.departmentId,
      departmentName: departments.name,
      departmentNameTranslations: departments.nameTranslations,
      responseTargetMinutes: departments.responseTargetMinutes,
      taxRateBp: services.taxRateBp,
      capacity: services.capacity,
      leadTimeMinutes: services.leadTimeMinutes,
      minAge: services.minAge,
      maxPerBooking: services.maxPerBooking,
      cancelCutoffMinutes: services.cancelCutoffMinutes,
      confirmation: services.confirmation,
      openFrom: services.openFrom,
      openUntil: services.openUntil,
      openWeekdays: services.openWeekdays,
      costMinor: services.costMinor,
      active: services.active,
    })
    .from(services)
    .innerJoin(departments, eq(departments.id, services.departmentId))
    .where(and(eq(services.propertyId, propertyId), eq(services.slug, slug)))
    .limit(1);
  return row ?? null;
}

export type ServiceDetail = NonNullable<Awaited<ReturnType<typeof getServiceBySlug>>>;

/** A day's departures from the weekly schedule: closed times (null = whole day) and extra sessions. */
async function exceptionsForDay(exec: Tx | ReturnType<typeof db>, serviceId: string, day: Day) {
  const rows = await exec
    .select({ startTime: scheduleExceptions.startTime, closed: scheduleExceptions.closed, capacity: scheduleExceptions.capacity })
    .from(scheduleExceptions)
    .where(and(eq(scheduleExceptions.serviceId, serviceId), eq(scheduleExceptions.day, day)));
  return {
    closedAllDay: rows.some((r) => r.closed && r.startTime === null),
    closedTimes: new Set(rows.filter((r) => r.closed && r.startTime).map((r) => r.startTime!)),
    extra: rows.filter((r) => !r.closed && r.startTime).map((r) => ({ startTime: r.startTime!, capacity: r.capacity })),
  };
}

/**
 * Makes sure the sessions the weekly schedule (with the day's exceptions)
 * gives on `day` exist as rows, so that each has a seat counter. Idempotent
 * and safe to run concurrently.
 */
export async function ensureSessionsForDay(
  exec: Tx | ReturnType<typeof db>,
  service: { id: string; propertyId: string; capacity: number | null; durationMinutes: number | null },
  day: Day,
  timeZone: string,
): Promise<void> {
  const [rules, exceptions] = await Promise.all([
    exec
      .select({ weekday: serviceSchedules.weekday, startTime: serviceSchedules.startTime, capacity: serviceSchedules.capacity })
      .from(serviceSchedules)
      .where(eq(serviceSchedules.serviceId, service.id)),
    exceptionsForDay(exec, service.id, day),
  ]);
  if (exceptions.closedAllDay) return;
  const weekday = weekdayOf(day);
  const wanted = [
    ...rules.filter((r) => !exceptions.closedTimes.has(r.startTime)),
    ...exceptions.extra.map((e) => ({ weekday, startTime: e.startTime, capacity: e.capacity })),
  ];
  const planned = plannedSessionsForDay(wanted, day, timeZone, {
    capacity: service.capacity ?? 1,
    durationMinutes: service.durationMinutes ?? 60,
  });
  if (planned.length === 0) return;
  await exec
    .insert(serviceSessions)
    .values(planned.map((p) => ({ ...p, serviceId: service.id, propertyId: service.propertyId })))
    .onConflictDoNothing({ target: [serviceSessions.serviceId, serviceSessions.startsAt] });
}

/** Whether a schedule exception closes this session's day or time. */
export async function isSessionClosed(exec: Tx | ReturnType<typeof db>, serviceId: string, startsAt: Date, timeZone: string): Promise<boolean> {
  const exceptions = await exceptionsForDay(exec, serviceId, dayOf(startsAt, timeZone));
  return exceptions.closedAllDay || exceptions.closedTimes.has(wallClock(startsAt, timeZone));
}

/** The day's session rows, each marked closed when an exception closes its time or the whole day. */
export async function listSessionsForDay(serviceId: string, day: Day, timeZone: string) {
  const { start, end } = dayBounds(day, timeZone);
  const [rows, exceptions] = await Promise.all([
    db()
      .select({
        id: serviceSessions.id,
        startsAt: serviceSessions.startsAt,
        endsAt: serviceSessions.endsAt,
        capacity: serviceSessions.capacity,
        booked: serviceSessions.booked,
      })
      .from(serviceSessions)
      .where(and(eq(serviceSessions.serviceId, serviceId), gte(serviceSessions.startsAt, start), lt(serviceSessions.startsAt, end)))
      .orderBy(asc(serviceSessions.startsAt)),
    exceptionsForDay(db(), serviceId, day),
  ]);
  return rows.map((r) => ({
    ...r,
    closed: exceptions.closedAllDay || exceptions.closedTimes.has(wallClock(r.startsAt, timeZone)),
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
