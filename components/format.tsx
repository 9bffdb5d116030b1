// Prices, dates and times in the reader's locale, the property's currency and time zone.
import { useFormatter, type DateTimeFormatOptions } from "next-intl";
import { toMajor } from "@/lib/money";

type Style = "date" | "time" | "datetime" | "weekday";

const STYLES: Record<Style, DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  time: { timeStyle: "short" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
  weekday: { weekday: "short", day: "numeric", month: "short" },
};

type Formatter = ReturnType<typeof useFormatter>;

export function formatMoney(format: Formatter, minor: number, currency: string): string {
  return format.number(toMajor(minor, currency), { style: "currency", currency });
}

/** A hotel-local calendar day ("2026-11-24") as a date, without shifting it through time zones. */
export function formatDay(format: Formatter, day: string, style: "date" | "weekday" = "date"): string {
  return format.dateTime(new Date(`${day}T12:00:00Z`), { ...STYLES[style], timeZone: "UTC" });
}

export function formatWhen(format: Formatter, value: Date, timeZone: string, style: Style = "datetime"): string {
  return format.dateTime(value, { ...STYLES[style], timeZone });
}

export function Price({ minor, currency }: { minor: number; currency: string }) {
  return <>{formatMoney(useFormatter(), minor, currency)}</>;
}


export function When({ value, timeZone, style = "datetime" }: { value: Date | string; timeZone: string; style?: Style }) {
  const date = typeof value === "string" ? new Date(value) : value;
  return <time dateTime={date.toISOString()}>{formatWhen(useFormatter(), date, timeZone, style)}</time>;
}

export function Day({ day, style = "date" }: { day: string; style?: "date" | "weekday" }) {
  return <time dateTime={day}>{formatDay(useFormatter(), day, style)}</time>;
}
