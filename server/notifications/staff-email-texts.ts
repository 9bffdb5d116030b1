// The staff emails' texts in a recipient's language: <locale>.staff-email.json, or English while that locale has none.
import "server-only";
import { ENGLISH_STAFF_EMAIL_TEXTS, type StaffEmailTexts } from "@/lib/email/staff-templates";
import { isLocale } from "@/lib/i18n/locales";

export async function staffEmailTexts(locale: string | null | undefined): Promise<StaffEmailTexts> {
  if (!isLocale(locale) || locale === "en") return ENGLISH_STAFF_EMAIL_TEXTS;
  try {
    const messages = (await import(`../../lib/i18n/messages/${locale}.staff-email.json`)).default as StaffEmailTexts["messages"];
    return { locale, messages };
  } catch {
    return ENGLISH_STAFF_EMAIL_TEXTS;
  }
}
