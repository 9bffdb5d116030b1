// The languages catalogue texts are kept in: English always, the guests' own languages optionally.

/** Text per locale; `en` is always present and is the fallback. */
export type LocalizedText = { en: string } & Record<string, string>;

export const CATALOGUE_LOCALES = ["en", "th", "hu", "az", "ms", "tl"] as const;
export type CatalogueLocale = (typeof CATALOGUE_LOCALES)[number];

/** Per-locale texts from a form, keeping only the filled-in ones; English is required by the schema. */
export function toLocalizedText(values: Partial<Record<CatalogueLocale, string | null | undefined>> & { en: string }): LocalizedText {
  const out: LocalizedText = { en: values.en };
  for (const locale of CATALOGUE_LOCALES) {
    const text = values[locale];
    if (locale !== "en" && text) out[locale] = text;
  }
  return out;
}
