// The languages the UI speaks, and how a visitor's language is chosen.
export const LOCALES = ["en", "th", "hu", "az", "ms", "tl"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "gs_locale";
/** How long the chosen language is remembered (seconds): one year. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language's name in its own language, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  th: "ไทย",
  hu: "Magyar",
  az: "Azərbaycanca",
  ms: "Bahasa Melayu",
  tl: "Tagalog",
};

/** Browser language tags that mean one of ours under another name (Filipino is sent as "fil"). */
const ALIASES: Record<string, Locale> = { fil: "tl" };

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

/** The best supported locale for an Accept-Language header ("hu-HU,hu;q=0.9,en;q=0.8"). */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((w) => w.tag && !Number.isNaN(w.q) && w.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split("-")[0];
    if (isLocale(tag)) return tag;
    if (isLocale(base)) return base;
    if (ALIASES[base]) return ALIASES[base];
  }
  return DEFAULT_LOCALE;
}

/** A locale's name for staff, in English by default ("Hungarian"), via Intl.DisplayNames. */
export function languageName(locale: string | null | undefined, inLocale = "en"): string | null {
  if (!locale) return null;
  try {
    return new Intl.DisplayNames([inLocale], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
