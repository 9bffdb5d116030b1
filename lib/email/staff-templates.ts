// Emails to staff (the back office works in English): what the system tells the hotel's managers. The texts are ICU
// messages in lib/i18n/messages/en.staff-email.json, formatted like the guest emails'. Pure, like the guest templates;
// the email outbox renders them at send time.
import { IntlMessageFormat } from "intl-messageformat";
import messages from "../i18n/messages/en.staff-email.json";
import type { RenderedEmail } from "./templates";

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

function formatSince(iso: string | undefined, timeZone: string | undefined): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  try {
    return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: timeZone ?? "UTC" }).format(date);
  } catch {
    return date.toISOString();
  }
}

function format(message: string, values: Record<string, string> = {}): string {
  return String(new IntlMessageFormat(message, "en", undefined, { ignoreTag: true }).format(values));
}

export function renderStaffEmail(template: StaffEmailTemplate, payload: StaffEmailPayload): RenderedEmail {
  switch (template) {
    case "webhook_paused": {
      const texts = messages.webhook_paused;
      const url = payload.endpointUrl ?? "";
      const since = formatSince(payload.failingSince, payload.timeZone);
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
        `<!doctype html><html lang="en"><body style="font-family:sans-serif;line-height:1.5">` +
        paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
        `</body></html>`;
      return { subject, text: paragraphs.join("\n\n"), html };
    }
  }
}
