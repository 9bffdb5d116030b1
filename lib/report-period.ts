// The reports' period: hotel-local from/to days (both included), validated, with the last 30 days as default.
import { z } from "zod";
import { addDays, dayBounds, daysIncluded, hotelToday, isDay, type Day } from "./time";

export const DEFAULT_PERIOD_DAYS = 30;
export const MAX_PERIOD_DAYS = 400;

/**
 * No department has a fulfilment target of its own (only a response target), so an
 * "as soon as possible" request counts as fulfilled on time when it was done within the
 * response target plus this allowance for doing the work.
 */
export const FULFILMENT_ALLOWANCE_MINUTES = 60;

export type ReportPeriod = { from: Day; to: Day };

const day = z.string().refine(isDay, "invalid_day");
const bothDays = (p: { from: unknown; to: unknown }) => typeof p.from === "string" && typeof p.to === "string" && isDay(p.from) && isDay(p.to);

export const reportPeriodSchema = z
  .strictObject({ from: day, to: day })
  // The period checks speak only of two real days: a malformed one is reported as invalid_day alone.
  .refine((p) => !bothDays(p) || p.from <= p.to, { message: "from_after_to", path: ["to"] })
  .refine((p) => !bothDays(p) || daysIncluded(p.from, p.to) <= MAX_PERIOD_DAYS, { message: "too_long", path: ["to"] });

export function defaultPeriod(timeZone: string, now: Date = new Date()): ReportPeriod {
  const to = hotelToday(timeZone, now);
  return { from: addDays(to, -(DEFAULT_PERIOD_DAYS - 1)), to };
}

/** Reads from/to out of search params; missing → default, invalid → the default and the error. */
export function parsePeriod(
  params: { from?: string | string[]; to?: string | string[] },
  timeZone: string,
  now: Date = new Date(),
): { period: ReportPeriod; error: string | null } {
  const fallback = defaultPeriod(timeZone, now);
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const from = one(params.from);
  const to = one(params.to);
  if (!from && !to) return { period: fallback, error: null };
  const parsed = reportPeriodSchema.safeParse({ from: from ?? fallback.from, to: to ?? fallback.to });
  if (!parsed.success) return { period: fallback, error: parsed.error.issues[0]?.message ?? "invalid" };
  return { period: parsed.data, error: null };
}

/** The instants the period covers: [start of `from`, start of the day after `to`) in the hotel's zone. */
export function periodBounds(period: ReportPeriod, timeZone: string): { start: Date; end: Date } {
  return { start: dayBounds(period.from, timeZone).start, end: dayBounds(period.to, timeZone).end };
}
