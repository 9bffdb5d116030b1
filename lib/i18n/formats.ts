// Named date and time formats (next-intl `formats`), one set per side of the app. The back office always counts years in
// the Gregorian calendar: hotel operations and the property management system use it, while Intl's default for Thai is
// the Buddhist era (2569 for 2026). Guests read their locale's own default.

const DATE_TIME = {
  date: { dateStyle: "medium" },
  time: { timeStyle: "short" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
  weekday: { weekday: "short", day: "numeric", month: "short" },
  /** A session to pick from: "Tue, 24 Nov, 10:00". */
  slot: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** next-intl's `formats` (its type, without importing the framework into lib/). */
export type AppFormats = { dateTime: Record<string, Intl.DateTimeFormatOptions> };

export type DateTimeStyle = keyof typeof DATE_TIME;

export function appFormats(area: "guest" | "staff"): AppFormats {
  if (area === "guest") return { dateTime: { ...DATE_TIME } };
  return {
    dateTime: Object.fromEntries(Object.entries(DATE_TIME).map(([name, options]) => [name, { ...options, calendar: "gregory" }])),
  };
}

/** The Intl locale the back office formats with: Thai with the Gregorian calendar, the others as they are. */
export function staffIntlLocale(locale: string): string {
  return locale === "th" ? "th-u-ca-gregory" : locale;
}
