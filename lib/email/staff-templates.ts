// Email texts for staff (the back office works in English): what the system tells the hotel's managers.
// Pure, like the guest templates; the email outbox renders them at send time.
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

export function renderStaffEmail(template: StaffEmailTemplate, payload: StaffEmailPayload): RenderedEmail {
  switch (template) {
    case "webhook_paused": {
      const url = payload.endpointUrl ?? "";
      const since = formatSince(payload.failingSince, payload.timeZone);
      const subject = `Webhook endpoint paused: ${url}`;
      const paragraphs = [
        payload.staffName ? `Hello ${payload.staffName},` : "Hello,",
        `The webhook endpoint ${url} of ${payload.hotelName ?? "your hotel"} failed ${payload.failures ?? "many"} times in a row${since ? ` since ${since}` : ""}, so it has been paused.`,
        "Its events are kept and nothing is lost: once the receiving system works again, resume the endpoint in the back office and they are sent in order.",
        ...(payload.link ? [`Open the endpoint: ${payload.link}`] : []),
        "Guest Services",
      ];
      const html =
        `<!doctype html><html lang="en"><body style="font-family:sans-serif;line-height:1.5">` +
        paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
        `</body></html>`;
      return { subject, text: paragraphs.join("\n\n"), html };
    }
  }
}
