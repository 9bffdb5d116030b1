// Picks a catalogue text in the reader's locale, falling back to English.
import type { LocalizedText } from "@/lib/catalogue-text";

export function localized(text: LocalizedText, locale: string): string {
  return text[locale] || text.en;
}
