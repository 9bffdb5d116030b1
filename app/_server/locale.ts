"use server";
// The language switcher's Server Action: remember the choice in a cookie (a year) and, for a signed-in guest, on the stay.
import { cookies } from "next/headers";
import { currentGuest } from "@/app/_server/session";
import { setStayLocale } from "@/server/stays/guest-locale";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";

export async function setLocaleAction(locale: string): Promise<{ ok: boolean }> {
  if (typeof locale !== "string" || !isLocale(locale)) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
  });
  const guest = await currentGuest();
  if (guest) await setStayLocale(guest.stayId, locale);
  return { ok: true };
}
