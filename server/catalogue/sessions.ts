// A timed service's sessions for a day: made from its weekly schedule and the day's exceptions, read with what is booked.
import "server-only";
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { dayBounds, dayOf, plannedSessionsForDay, wallClock, weekdayOf, type Day } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import { scheduleExceptions, serviceSchedules, serviceSessions } from "@/db/schema";

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

/** Whether one of these closing exceptions (closed: the whole day, or one time) closes a session starting at `startsAt`. */
export function closedBy(closings: readonly { day: string; startTime: string | null }[], startsAt: Date, timeZone: string): boolean {
  const day = dayOf(startsAt, timeZone);
  const time = wallClock(startsAt, timeZone);
  return closings.some((c) => c.day === day && (c.startTime === null || c.startTime === time));
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

/**
 * The sessions of several timed services over several days, made from their schedules first (as ensureSessionsForDay
 * does for one day): four queries whatever the number of services and days. Each row is marked closed as listSessionsForDay does.
 */
export async function ensureAndListSessions(
  list: readonly { id: string; propertyId: string; capacity: number | null; durationMinutes: number | null }[],
  days: readonly Day[],
  timeZone: string,
) {
  if (list.length === 0 || days.length === 0) return [];
  const ids = list.map((s) => s.id);
  const [rules, exceptions] = await Promise.all([
    db()
      .select({ serviceId: serviceSchedules.serviceId, weekday: serviceSchedules.weekday, startTime: serviceSchedules.startTime, capacity: serviceSchedules.capacity })
      .from(serviceSchedules)
      .where(inArray(serviceSchedules.serviceId, ids)),
    db()
      .select({ serviceId: scheduleExceptions.serviceId, day: scheduleExceptions.day, startTime: scheduleExceptions.startTime, closed: scheduleExceptions.closed, capacity: scheduleExceptions.capacity })
      .from(scheduleExceptions)
      .where(and(inArray(scheduleExceptions.serviceId, ids), inArray(scheduleExceptions.day, [...days]))),
  ]);
  const planned = list.flatMap((service) =>
    days.flatMap((day) => {
      const mine = exceptions.filter((e) => e.serviceId === service.id && e.day === day);
      if (mine.some((e) => e.closed && e.startTime === null)) return [];
      const closedTimes = new Set(mine.filter((e) => e.closed && e.startTime).map((e) => e.startTime!));
      const weekday = weekdayOf(day);
      const wanted = [
        ...rules.filter((r) => r.serviceId === service.id && !closedTimes.has(r.startTime)),
        ...mine.filter((e) => !e.closed && e.startTime).map((e) => ({ weekday, startTime: e.startTime!, capacity: e.capacity })),
      ];
      return plannedSessionsForDay(wanted, day, timeZone, { capacity: service.capacity ?? 1, durationMinutes: service.durationMinutes ?? 60 }).map((p) => ({
        ...p,
        serviceId: service.id,
        propertyId: service.propertyId,
      }));
    }),
  );
  if (planned.length > 0) {
    await db().insert(serviceSessions).values(planned).onConflictDoNothing({ target: [serviceSessions.serviceId, serviceSessions.startsAt] });
  }
  const start = dayBounds(days[0], timeZone).start;
  const end = dayBounds(days[days.length - 1], timeZone).end;
  const rows = await db()
    .select({
      id: serviceSessions.id,
      serviceId: serviceSessions.serviceId,
      startsAt: serviceSessions.startsAt,
      endsAt: serviceSessions.endsAt,
      capacity: serviceSessions.capacity,
      booked: serviceSessions.booked,
    })
    .from(serviceSessions)
    .where(and(inArray(serviceSessions.serviceId, ids), gte(serviceSessions.startsAt, start), lt(serviceSessions.startsAt, end)))
    .orderBy(asc(serviceSessions.startsAt));
  return rows.map((r) => {
    const day = dayOf(r.startsAt, timeZone);
    const mine = exceptions.filter((e) => e.serviceId === r.serviceId && e.day === day);
    const closed = mine.some((e) => e.closed && (e.startTime === null || e.startTime === wallClock(r.startsAt, timeZone)));
    return { ...r, closed };
  });
}
