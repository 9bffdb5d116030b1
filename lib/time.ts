// Time-zone maths: hotel-local calendar days and wall-clock schedules turned into instants.
import { DateTime } from "luxon";

/** A hotel-local calendar date, "YYYY-MM-DD". */
export type Day = string;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): value is Day {
  return DAY_RE.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid;
}

export function hotelToday(timeZone: string, now: Date = new Date()): Day {
  return DateTime.fromJSDate(now).setZone(timeZone).toISODate()!;
}

export function addDays(day: Day, days: number): Day {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ days }).toISODate()!;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: Day): number {
  return DateTime.fromISO(day, { zone: "UTC" }).weekday;
}

/** The instants at which a hotel-local day begins and the next one begins (23, 24 or 25 hours apart). */
export function dayBounds(day: Day, timeZone: string): { start: Date; end: Date } {
  // Each end is the next day's own start: where a DST change skips midnight (Africa/Cairo), that day
  // begins at 01:00, and adding a day to this one's start would land an hour past it.
  const startOf = (d: Day) => DateTime.fromISO(d, { zone: timeZone }).startOf("day").toJSDate();
  return { start: startOf(day), end: startOf(addDays(day, 1)) };
}

/**
 * The instant of a wall-clock time on a hotel-local day. A time that the
 * spring-forward gap skips moves forward by the gap (02:30 → 03:30); a time
 * that fall-back repeats is taken once, at its first occurrence.
 */
export function localInstant(day: Day, time: string, timeZone: string): Date {
  const local = DateTime.fromISO(`${day}T${time}`, { zone: timeZone });
  // Luxon picks the later of two possible offsets; the first occurrence is the earliest instant.
  const [first] = local.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  return (first ?? local).toJSDate();
}

export type ScheduleRule = { weekday: number; startTime: string; capacity: number | null };

export type PlannedSession = { startsAt: Date; endsAt: Date; capacity: number };

/** Sessions a weekly schedule gives on one hotel-local day, in start order, never twice the same instant. */
export function plannedSessionsForDay(
  rules: readonly ScheduleRule[],
  day: Day,
  timeZone: string,
  defaults: { capacity: number; durationMinutes: number },
): PlannedSession[] {
  const weekday = weekdayOf(day);
  const byStart = new Map<number, PlannedSession>();
  for (const rule of rules) {
    if (rule.weekday !== weekday) continue;
    const startsAt = localInstant(day, rule.startTime, timeZone);
    const endsAt = new Date(startsAt.getTime() + defaults.durationMinutes * 60_000);
    byStart.set(startsAt.getTime(), { startsAt, endsAt, capacity: rule.capacity ?? defaults.capacity });
  }
  return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Whether a hotel-local day lies within a stay (check-in day to check-out day, both included). */
export function isDayInStay(day: Day, stay: { checkIn: Day; checkOut: Day }): boolean {
  return day >= stay.checkIn && day <= stay.checkOut;
}

/** The hotel-local day an instant falls on. */
export function dayOf(instant: Date, timeZone: string): Day {
  return DateTime.fromJSDate(instant).setZone(timeZone).toISODate()!;
}

/** The hotel-local wall-clock time of an instant, "HH:MM". */
export function wallClock(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant).setZone(timeZone).toFormat("HH:mm");
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysFrom(from: Day, to: Day): number {
  return Math.round(DateTime.fromISO(to, { zone: "UTC" }).diff(DateTime.fromISO(from, { zone: "UTC" }), "days").days);
}

/** The days of a range, both ends included (a rental out Monday to Wednesday: 3); 1 without a range. */
export function daysIncluded(from: Day | null | undefined, to: Day | null | undefined): number {
  return from && to ? daysFrom(from, to) + 1 : 1;
}
