// Emails to staff, in the recipient's back-office language: what the system tells the hotel's managers. The texts are
// ICU messages in lib/i18n/messages/<locale>.staff-email.json, formatted like the guest emails'. Pure, like the guest
// templates; the email outbox renders them at send time and hands in the recipient's texts
// (server/notifications/staff-email-texts.ts), English when none are given.
import { IntlMessageFormat } from "intl-messageformat";
import english from "../i18n/messages/en.staff-email.json";
import { staffIntlLocale } from "../i18n/formats";
import type { RenderedEmail } from "./templates";

export type StaffEmailTexts = { locale: string; messages: typeof english };
export const ENGLISH_STAFF_EMAIL_TEXTS: StaffEmailTexts = { locale: "en", messages: english };

export type StaffEmailTemplate = "webhook_paused";

export const STAFF_EMAIL_TEMPLATES: readonly StaffEmailTemplate[] = ["webhook_paused"];

export type StaffEmailPayload = {
  staffName?: string;
  hotelName?: string;
  endpointUrl?: string;
  failures?: number;
  /** ISO instant, shown in the hotel's time zone. */
  failingSince?: string;
  timeZone?: string;
  link?: string;
};

export function isStaffEmailTemplate(template: string): template is StaffEmailTemplate {
  return (STAFF_EMAIL_TEMPLATES as readonly string[]).includes(template);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function formatSince(iso: string | undefined, timeZone: string | undefined, locale: string): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  try {
    // The back office's calendar: Gregorian in Thai too (lib/i18n/formats.ts).
    return new Intl.DateTimeFormat(staffIntlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: timeZone ?? "UTC" }).format(date);
  } catch {
    return date.toISOString();
  }
}

export function renderStaffEmail(
  template: StaffEmailTemplate,
  payload: StaffEmailPayload,
  { locale, messages }: StaffEmailTexts = ENGLISH_STAFF_EMAIL_TEXTS,
): RenderedEmail {
  const format = (message: string, values: Record<string, string> = {}) =>
    String(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format(values));
  switch (template) {
    case "webhook_paused": {
      const texts = messages.webhook_paused;
      const url = payload.endpointUrl ?? "";
      const since = formatSince(payload.failingSince, payload.timeZone, locale);
      const subject = format(texts.subject, { url });
      const paragraphs = [
        payload.staffName ? format(messages.greeting.named, { name: payload.staffName }) : format(messages.greeting.anonymous),
        format(texts.failed, {
          url,
          hotel: payload.hotelName ?? "",
          hasHotel: payload.hotelName == null ? "no" : "yes",
          // A string, so the count reads as it always did (no digit grouping).
          failures: String(payload.failures ?? ""),
          hasFailures: payload.failures == null ? "no" : "yes",
          since,
          hasSince: since ? "yes" : "no",
        }),
        format(texts.kept),
        ...(payload.link ? [format(texts.open, { link: payload.link })] : []),
        format(messages.signature),
      ];
      const html =
        `<!doctype html><html lang="${escapeHtml(locale)}"><body style="font-family:sans-serif;line-height:1.5">` +
        paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
        `</body></html>`;
      return { subject, text: paragraphs.join("\n\n"), html };
    }
  }
}
