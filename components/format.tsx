// Prices, dates and times in the reader's locale, the property's currency and time zone.
// The date styles are next-intl's named formats (lib/i18n/formats.ts), so that each side of the app decides its calendar.
import { useFormatter } from "next-intl";
import type { DateTimeStyle } from "@/lib/i18n/formats";
import { toMajor } from "@/lib/money";

type Style = Exclude<DateTimeStyle, "slot">;

type Formatter = ReturnType<typeof useFormatter>;

export function formatMoney(format: Formatter, minor: number, currency: string): string {
  return format.number(toMajor(minor, currency), { style: "currency", currency });
}

/** A hotel-local calendar day ("2026-11-24") as a date, without shifting it through time zones. */
export function formatDay(format: Formatter, day: string, style: "date" | "weekday" = "date"): string {
  return format.dateTime(new Date(`${day}T12:00:00Z`), style, { timeZone: "UTC" });
}

export function formatWhen(format: Formatter, value: Date, timeZone: string, style: DateTimeStyle = "datetime"): string {
  return format.dateTime(value, style, { timeZone });
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
