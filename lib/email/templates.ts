// Emails to the guest, per locale (en, hu, th, az, ms, tl; any other locale falls back to English). The texts are
// ICU messages in lib/i18n/messages/<locale>.email.json, checked like the pages' (lib/i18n/messages.test.ts) and
// formatted here with intl-messageformat, the ICU library next-intl itself uses. Pure: no I/O, so it is unit-tested
// directly and the outbox worker renders at send time.
import { IntlMessageFormat } from "intl-messageformat";
import az from "../i18n/messages/az.email.json";
import en from "../i18n/messages/en.email.json";
import hu from "../i18n/messages/hu.email.json";
import ms from "../i18n/messages/ms.email.json";
import th from "../i18n/messages/th.email.json";
import tl from "../i18n/messages/tl.email.json";

export type EmailTemplate =
  | "status_confirmed"
  | "status_declined"
  | "status_cancelled"
  | "status_expired"
  | "status_fulfilled"
  | "staff_message"
  | "rescheduled"
  | "reminder"
  | "on_its_way"
  | "waitlist_offer"
  | "pre_arrival";

export const EMAIL_TEMPLATES: readonly EmailTemplate[] = [
  "status_confirmed",
  "status_declined",
  "status_cancelled",
  "status_expired",
  "status_fulfilled",
  "staff_message",
  "rescheduled",
  "reminder",
  "on_its_way",
  "waitlist_offer",
  "pre_arrival",
];

/** What a template may use; every field is optional so an old payload still renders. */
export type EmailPayload = {
  guestName?: string;
  hotelName?: string;
  serviceName?: string;
  /** ISO instant of the service (timed) and the hotel's time zone, formatted in the guest's locale. */
  scheduledAt?: string | null;
  timeZone?: string;
  /** Decline reason and alternative, a staff message's text. */
  note?: string | null;
  /** Absolute link to the booking page, or to sign-in with the code filled in. */
  link?: string;
  suggestions?: string[];
};

/** One template's texts: ICU MessageFormat, with {service}, {hotel}, {when}, {note}, {suggestions} and the selects
 * {hasWhen} / {hasNote} ("yes" when there is a time / a note). */
type Text = { subject: string; body: string };
/** A locale's email messages: lib/i18n/messages/<locale>.email.json. */
type EmailMessages = Record<EmailTemplate, Text> & {
  greeting: { named: string; anonymous: string };
  link: Partial<Record<EmailTemplate, string>> & { default: string };
  signature: string;
};

/** Per-locale texts, all with the same keys (lib/i18n/messages.test.ts). A locale not listed here falls back to English. */
const MESSAGES: Record<string, EmailMessages> = { en, hu, th, az, ms, tl };
export const EMAIL_TEXTS: Record<string, Record<EmailTemplate, Text>> = MESSAGES;

const formats = new Map<string, IntlMessageFormat>();

/** Formats one ICU message; the parsed message is kept, as the outbox renders the same few again and again. */
function format(message: string, locale: string, values: Record<string, string>): string {
  const key = `${locale}\u0000${message}`;
  let compiled = formats.get(key);
  if (!compiled) {
    // Tags are not used in these texts: an angle bracket is text.
    compiled = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    formats.set(key, compiled);
  }
  return String(compiled.format(values));
}

function formatWhen(iso: string | null | undefined, timeZone: string | undefined, locale: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: timeZone ?? "UTC" }).format(date);
  } catch {
    return date.toISOString();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export type RenderedEmail = { subject: string; text: string; html: string };

/** Renders a template in the guest's locale (falling back to English), as plain text and simple HTML. */
export function renderEmail(template: EmailTemplate, locale: string, payload: EmailPayload): RenderedEmail {
  const lang = Object.hasOwn(MESSAGES, locale) ? locale : "en";
  const messages = MESSAGES[lang];
  const texts = messages[template] ?? MESSAGES.en[template];
  if (!texts) throw new Error(`Unknown email template: ${template}`);
  const guestName = payload.guestName ?? "";
  const hotel = payload.hotelName ?? "Guest Services";
  const link = payload.link ?? "";
  const when = formatWhen(payload.scheduledAt, payload.timeZone, lang);
  const note = payload.note?.trim() ?? "";
  const values = {
    service: payload.serviceName ?? "",
    hotel,
    when,
    hasWhen: when ? "yes" : "no",
    note,
    hasNote: note ? "yes" : "no",
    suggestions: (payload.suggestions ?? []).map((s) => `- ${s}`).join("\n"),
  };
  const hello = guestName ? format(messages.greeting.named, lang, { name: guestName }) : format(messages.greeting.anonymous, lang, {});
  const label = format(messages.link[template] ?? messages.link.default, lang, {});
  const bye = format(messages.signature, lang, { hotel });
  const subject = format(texts.subject, lang, values);
  const body = format(texts.body, lang, values);
  const text = [hello, "", body, ...(link ? ["", `${label}: ${link}`] : []), "", bye].join("\n");
  const paragraphs = body
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
  const html =
    `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">` +
    `<p>${escapeHtml(hello)}</p>${paragraphs}` +
    (link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(label)}</a></p>` : "") +
    `<p>${escapeHtml(bye).replace(/\n/g, "<br>")}</p></body></html>`;
  return { subject, text, html };
}
