// next-intl: the request's locale and its messages. The back office (/staff…, /api/staff…) speaks the staff member's
// language (stored on their account, else the browser's); the guest side the guest's (cookie, else the browser's).
import { headers } from "next/headers";
import type { Formats } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { appFormats } from "@/lib/i18n/formats";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/pick-messages";
import { AREA_HEADER, loadStaffMessages } from "@/lib/i18n/staff-messages";
import { requestLocale, staffRequestLocale } from "./request-locale";

/** One message file by name ("th.staff-ops"), or null when that locale has none (yet). */
async function loadMessageFile(name: string): Promise<Messages | null> {
  try {
    return (await import(`../../lib/i18n/messages/${name}.json`)).default as Messages;
  } catch {
    return null;
  }
}

export default getRequestConfig(async ({ locale: explicit }) => {
  const area = (await headers()).get(AREA_HEADER) === "staff" ? "staff" : "guest";
  // An explicit locale (getTranslations({ locale })) prints something in another language than the reader's: a guest's
  // room card printed from the back office.
  const locale: Locale = isLocale(explicit) ? explicit : area === "staff" ? await staffRequestLocale() : await requestLocale();
  return {
    locale,
    formats: appFormats(area) as Formats,
    // Guest-side and shared texts, and the back office's in files of their own (one per area), merged under `staff`.
    messages: {
      ...(await loadMessageFile(locale))!,
      // A request's conversation: the guest's thread and rating, the staff's view of it, the feedback page.
      conversation: (await loadMessageFile(`${locale}.conversation`)) ?? (await loadMessageFile("en.conversation")),
      // Each staff file in this locale, or in English until it is translated (lib/i18n/staff-messages.ts lists them).
      staff: await loadStaffMessages(locale, loadMessageFile),
    },
  };
});
