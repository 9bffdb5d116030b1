// The back office's message files and how a staff member's language is chosen. The one list of staff files: a new
// area of the back office adds its file here (lib/i18n/messages/<locale>.<file>.json, merged under `staff`).
import { isLocale, negotiateLocale, type Locale } from "./locales";
import type { Messages } from "./pick-messages";


/** Every back-office message file, without locale and extension; each is merged under `staff`, later ones last. */
export const STAFF_MESSAGE_FILES = [
  "staff",
  "staff-ops",
  "staff-stays",
  "staff-admin",
  "staff-api",
  "staff-reports",
  "staff-webhooks",
  "staff-outbox",
  // The hotel group: the property switcher and the group administrator's page.
  "staff-group",
  // Message templates: the manager's page and the request page's "send a prepared message".
  "staff-templates",
  // Guest data retention: the manager's property settings.
  "staff-retention",
  // Texts the back office gained with its six languages: the language switcher, CSV headers, status words.
  "staff-common",
] as const;
export type StaffMessageFile = (typeof STAFF_MESSAGE_FILES)[number];

/** Request header (set by proxy.ts) saying which side of the app a request is for: "staff" or "guest". */
export const AREA_HEADER = "x-gs-area";

/** The back office: its pages (/staff/…, the staff sign-in page included) and its route handlers (/api/staff/…). */
export function isStaffPath(pathname: string): boolean {
  return /^\/(?:api\/)?staff(?:\/|$)/.test(pathname);
}

/**
 * A staff member's language: the one stored on their account, else the browser's (Accept-Language) among the six,
 * else English. A stored value that is not a supported locale (hand-edited, or a language since dropped) is ignored.
 */
export function chooseStaffLocale(stored: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(stored) ? stored : negotiateLocale(acceptLanguage);
}

/**
 * The staff messages of `locale`: each file in that locale, or in English where that locale has no such file yet (a
 * file being translated). `load` returns null for a file that does not exist.
 */
export async function loadStaffMessages(locale: Locale, load: (file: string) => Promise<Messages | null>): Promise<Messages> {
  const parts = await Promise.all(
    STAFF_MESSAGE_FILES.map(async (file) => (locale === "en" ? null : await load(`${locale}.${file}`)) ?? (await load(`en.${file}`)) ?? {}),
  );
  return Object.assign({}, ...parts) as Messages;
}
