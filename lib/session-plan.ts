// Which sessions a timed service should have on a day once exceptions apply, and how existing
// future session rows must change after the manager edits the schedule, the capacity or the exceptions.
import { localInstant, plannedSessionsForDay, type Day, type PlannedSession, type ScheduleRule } from "./time";

/** A day that differs from the weekly schedule (schedule_exceptions). */
export type ScheduleException = { day: Day; startTime: string | null; closed: boolean; capacity: number | null };

export type PlannedRun = PlannedSession & { extra: boolean };

export type DayPlan = {
  /** Sessions that run, in start order; `extra` marks those an exception adds. */
  open: PlannedRun[];
  /** Weekly sessions an exception closes. */
  closed: PlannedSession[];
};

/**
 * The weekly schedule of `day`, minus what exceptions close (the whole day, or one start time), plus
 * extra sessions. A closure wins over an extra session at the same time or on the same day, as in
 * ensureSessionsForDay and listSessionsForDay (server/catalogue/guest-catalogue.ts).
 */
export function sessionsForDay(
  rules: readonly ScheduleRule[],
  exceptions: readonly ScheduleException[],
  day: Day,
  timeZone: string,
  defaults: { capacity: number; durationMinutes: number },
): DayPlan {
  const todays = exceptions.filter((e) => e.day === day);
  const weekly = plannedSessionsForDay(rules, day, timeZone, defaults);
  const wholeDayClosed = todays.some((e) => e.closed && e.startTime === null);
  const closedAt = new Set(
    todays.filter((e) => e.closed && e.startTime !== null).map((e) => localInstant(day, e.startTime!, timeZone).getTime()),
  );
  const open = new Map<number, PlannedRun>();
  const closed: PlannedSession[] = [];
  for (const s of weekly) {
    if (wholeDayClosed || closedAt.has(s.startsAt.getTime())) closed.push(s);
    else open.set(s.startsAt.getTime(), { ...s, extra: false });
  }
  for (const e of todays) {
    if (e.closed || e.startTime === null || wholeDayClosed) continue;
    const startsAt = localInstant(day, e.startTime, timeZone);
    if (closedAt.has(startsAt.getTime())) continue;
    const endsAt = new Date(startsAt.getTime() + defaults.durationMinutes * 60_000);
    open.set(startsAt.getTime(), { startsAt, endsAt, capacity: e.capacity ?? defaults.capacity, extra: true });
  }
  const byStart = (a: PlannedSession, b: PlannedSession) => a.startsAt.getTime() - b.startsAt.getTime();
  return {
    open: [...open.values()].sort(byStart),
    closed: closed.filter((c) => !open.has(c.startsAt.getTime())).sort(byStart),
  };
}

/** A future session row as the sync sees it. */
export type SessionRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  /** A booking (even a cancelled one) or a waiting-list entry points at the row, so it cannot be deleted. */
  referenced: boolean;
};

export type SessionSync = {
  update: { id: string; capacity: number; endsAt: Date }[];
  delete: string[];
  insert: PlannedSession[];
  /** Rows left exactly as they are because guests have booked seats in them. */
  keptWithBookings: number;
};

/**
 * How future session rows follow a new plan. Rows with booked seats are never touched: the guests
 * booked that time and those seats, and capacity may never drop below `booked` (the database's
 * check constraint would refuse it anyway). Empty rows take the new capacity and length; empty rows
 * the plan no longer has are deleted, or, when a (cancelled) booking still points at them, closed
 * with capacity 0. Rows for closed sessions (capacity 0) and for extra sessions are written now
 * (`insert`): sessions are otherwise made on demand from the weekly schedule, so a closed one must
 * exist as a closed row or it would reappear, and an extra one would never appear.
 */
export function planSessionSync(rows: readonly SessionRow[], plan: DayPlan[]): SessionSync {
  const open = new Map<number, PlannedRun>();
  const closed = new Map<number, PlannedSession>();
  for (const day of plan) {
    for (const s of day.open) open.set(s.startsAt.getTime(), s);
    for (const s of day.closed) closed.set(s.startsAt.getTime(), s);
  }
  const result: SessionSync = { update: [], delete: [], insert: [], keptWithBookings: 0 };
  const existing = new Set<number>();
  for (const row of rows) {
    const at = row.startsAt.getTime();
    existing.add(at);
    if (row.booked > 0) {
      result.keptWithBookings++;
      continue;
    }
    const wanted = open.get(at);
    if (wanted) {
      if (wanted.capacity !== row.capacity || wanted.endsAt.getTime() !== row.endsAt.getTime()) {
        result.update.push({ id: row.id, capacity: wanted.capacity, endsAt: wanted.endsAt });
      }
    } else if (closed.has(at) || row.referenced) {
      if (row.capacity !== 0) result.update.push({ id: row.id, capacity: 0, endsAt: row.endsAt });
    } else {
      result.delete.push(row.id);
    }
  }
  for (const [at, s] of closed) if (!existing.has(at)) result.insert.push({ ...s, capacity: 0 });
  for (const [at, s] of open) {
    if (s.extra && !existing.has(at)) result.insert.push({ startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity });
  }
  return result;
}
