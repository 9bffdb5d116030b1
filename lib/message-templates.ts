// Message templates staff send again and again: the situations, the placeholders a template may use, checking a
// template's texts and filling them in for one request. Pure: no I/O, no framework.

/** The situations a property keeps a template for, in the order staff see them. */
export const SITUATIONS = ["running_late", "declined_alternative", "weather_cancellation", "on_its_way", "ready_for_pickup", "welcome"] as const;
export type Situation = (typeof SITUATIONS)[number];

/** What a template may leave to be filled in per request. */
export const PLACEHOLDERS = ["guestName", "service", "time", "alternative"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string | null | undefined>>;

/** The longest text a template may have in one language (a message to the guest is at most 1000 characters). */
export const TEMPLATE_BODY_MAX = 1000;

export function isSituation(value: string): value is Situation {
  return (SITUATIONS as readonly string[]).includes(value);
}

const BRACED = /\{([^{}\s]*)\}/g;

/** Every `{name}` in the text, in order of first appearance (known or not). */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(BRACED)].map((m) => m[1]))];
}

/** The `{name}`s in the text that are not placeholders a template may use. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/**
 * The text with every known placeholder replaced by its value; a placeholder without a value (none given, or empty)
 * stays as it is, so a reader sees what is still to be filled in.
 */
export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(BRACED, (whole, name: string) => {
    const value = (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : null;
    return value ? value : whole;
  });
}

/** The known placeholders still left in a filled text. */
export function unfilledPlaceholders(text: string): Placeholder[] {
  return placeholdersIn(text).filter((name): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name));
}

export type TemplateProblem =
  | { locale: string; problem: "unknown_placeholder"; names: string[] }
  | { locale: string; problem: "missing_default" }
  | { locale: string; problem: "not_a_property_locale" }
  | { locale: string; problem: "too_long" };

/**
 * What is wrong with a template's texts (locale → text; empty texts are absent) for a property that speaks `locales`
 * with `defaultLocale` first: a text in its default language is required, every text must be in one of its languages,
 * and may only use the known placeholders.
 */
export function checkTemplateBodies(bodies: Record<string, string>, property: { locales: readonly string[]; defaultLocale: string }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!bodies[property.defaultLocale]?.trim()) problems.push({ locale: property.defaultLocale, problem: "missing_default" });
  for (const [locale, text] of Object.entries(bodies)) {
    if (!property.locales.includes(locale)) {
      problems.push({ locale, problem: "not_a_property_locale" });
      continue;
    }
    if (text.length > TEMPLATE_BODY_MAX) problems.push({ locale, problem: "too_long" });
    const unknown = unknownPlaceholders(text);
    if (unknown.length) problems.push({ locale, problem: "unknown_placeholder", names: unknown });
  }
  return problems;
}

/** The language a guest reads: their stay's, else the property's default. */
export function guestLocaleOf(stayLocale: string | null | undefined, defaultLocale: string): string {
  return stayLocale || defaultLocale;
}

/**
 * The template's text in `locale`, or — when it has none there — in the property's default language, saying which.
 * Null only when the template has neither.
 */
export function templateTextFor(
  bodies: Record<string, string>,
  locale: string,
  defaultLocale: string,
): { text: string; locale: string; fallback: boolean } | null {
  if (bodies[locale]) return { text: bodies[locale], locale, fallback: false };
  if (bodies[defaultLocale]) return { text: bodies[defaultLocale], locale: defaultLocale, fallback: true };
  return null;
}

/**
 * A request's time as the template's {time}: the time of day when it is on `today` (the hotel's date, yyyy-mm-dd),
 * else the date and time, in the reader's language and the hotel's time zone (always the Gregorian calendar, so staff
 * and guest read the same year).
 */
export function formatTemplateTime(at: Date, timeZone: string, locale: string, today: string): string {
  const tag = `${locale}-u-ca-gregory`;
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
  const options: Intl.DateTimeFormatOptions = day === today ? { timeStyle: "short", timeZone } : { dateStyle: "medium", timeStyle: "short", timeZone };
  return new Intl.DateTimeFormat(tag, options).format(at);
}
