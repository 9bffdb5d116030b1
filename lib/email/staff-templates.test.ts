// Unit tests of the staff email texts: the "webhook paused" email names the endpoint, the time in the hotel's zone
// and the link to resume it; HTML is escaped; the outbox tells staff templates from the guests'.
import { describe, expect, it } from "vitest";
import { ENGLISH_STAFF_EMAIL_TEXTS, isStaffEmailTemplate, renderStaffEmail } from "./staff-templates";
import { EMAIL_TEMPLATES } from "./templates";

describe("renderStaffEmail", () => {
  it("webhook_paused says which endpoint, since when (hotel time) and where to resume it", () => {
    const mail = renderStaffEmail("webhook_paused", {
      staffName: "Max Manager",
      hotelName: "Lakeside",
      endpointUrl: "https://pms.example.com/hooks?a=1&b=<2>",
      failures: 12,
      failingSince: "2026-06-15T08:00:00Z",
      timeZone: "Europe/Berlin",
      link: "https://hotel.example/staff/webhooks/abc",
    });
    expect(mail.subject).toBe("Webhook endpoint paused: https://pms.example.com/hooks?a=1&b=<2>");
    expect(mail.text).toContain("Hello Max Manager,");
    expect(mail.text).toContain("failed 12 times in a row since Jun 15, 2026, 10:00 AM");
    expect(mail.text).toContain("https://hotel.example/staff/webhooks/abc");
    expect(mail.html).toContain("b=&lt;2&gt;");
    expect(mail.html).not.toContain("<2>");
  });

  it("formats for the recipient's language: a Thai manager's date is in the Gregorian calendar", () => {
    const payload = { endpointUrl: "https://pms.example.com/hooks", failures: 3, failingSince: "2026-06-15T08:00:00Z", timeZone: "Asia/Bangkok" };
    const mail = renderStaffEmail("webhook_paused", payload, { locale: "th", messages: ENGLISH_STAFF_EMAIL_TEXTS.messages });
    const since = new Intl.DateTimeFormat("th-u-ca-gregory", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Bangkok" }).format(new Date(payload.failingSince));
    expect(since).toContain("2026");
    expect(mail.text).toContain(since);
    expect(mail.text).not.toContain("2569");
    expect(mail.html).toContain('<html lang="th">');
    // Without texts handed in: English.
    expect(renderStaffEmail("webhook_paused", payload).html).toContain('<html lang="en">');
  });

  it("is told apart from the guest templates", () => {
    expect(isStaffEmailTemplate("webhook_paused")).toBe(true);
    for (const template of EMAIL_TEMPLATES) expect(isStaffEmailTemplate(template)).toBe(false);
  });
});
