// The current request's locale. Guest side: the remembered choice (cookie), else the browser's languages. Back office:
// the staff member's own choice (staff_users.locale), else the browser's languages.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { chooseStaffLocale } from "@/lib/i18n/staff-messages";
import { currentStaff } from "./session";

export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
}

/** The back office's language for this request; the browser's when nobody is signed in or the database cannot say. */
export const staffRequestLocale = cache(async (): Promise<Locale> => {
  let acceptLanguage: string | null = null;
  let stored: string | null = null;
  try {
    acceptLanguage = (await headers()).get("accept-language");
    // The session row carries the stored choice: no second read of the account.
    stored = (await currentStaff())?.locale ?? null;
  } catch {
    // No request to read (a handler called directly) or no database: the page itself reports the database being down,
    // and the language is not worth failing over.
  }
  return chooseStaffLocale(stored, acceptLanguage);
});
