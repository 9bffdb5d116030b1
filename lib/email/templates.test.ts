// Unit tests of the guest email texts: every template renders in all six locales, unknown locales fall back, HTML is escaped.
import { describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES, EMAIL_TEXTS, renderEmail } from "./templates";

const payload = {
  guestName: "Elena Garcia",
  hotelName: "Lakeside",
  serviceName: "Horse riding",
  scheduledAt: "2026-06-16T08:00:00Z",
  timeZone: "Europe/Berlin",
  note: "Full — tomorrow at 10:00",
  link: "https://hotel.example/requests/abc",
  suggestions: ["Crib", "Stroller"],
};

describe("renderEmail", () => {
  it.each(EMAIL_TEMPLATES)("%s renders a subject, text and HTML with the greeting and link", (template) => {
    const mail = renderEmail(template, "en", payload);
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.text).toContain("Dear Elena Garcia,");
    expect(mail.text).toContain("https://hotel.example/requests/abc");
    expect(mail.html).toContain('href="https://hotel.example/requests/abc"');
  });

  it("says what happened, with the time in the hotel's zone and the decline's alternative", () => {
    expect(renderEmail("status_confirmed", "en", payload).text).toContain("Horse riding on Jun 16, 2026, 10:00 AM");
    expect(renderEmail("status_declined", "en", payload).text).toContain("Full — tomorrow at 10:00");
    expect(renderEmail("pre_arrival", "en", payload).text).toContain("- Crib\n- Stroller");
  });

  it("falls back to English for a locale without texts", () => {
    expect(renderEmail("reminder", "xx", payload).subject).toBe(renderEmail("reminder", "en", payload).subject);
  });

  const LOCALES = ["en", "hu", "th", "az", "ms", "tl"] as const;

  it.each(LOCALES)("has every template in %s and renders it with no leftover placeholder", (locale) => {
    for (const template of EMAIL_TEMPLATES) {
      expect(EMAIL_TEXTS[locale]?.[template], `${locale}/${template}`).toBeDefined();
      const mail = renderEmail(template, locale, payload);
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part, `${locale}/${template}`).not.toMatch(/\$\{|\{\w+\}|undefined|null|\[object/);
      }
      expect(mail.html).toContain(`lang="${locale}"`);
      if (template !== "pre_arrival") expect(mail.text, `${locale}/${template}`).toContain("Horse riding");
      else expect(mail.text).toContain("Lakeside");
      expect(mail.text).toContain("https://hotel.example/requests/abc");
      if (locale !== "en") {
        const english = renderEmail(template, "en", payload);
        expect(mail.subject, `${locale}/${template}`).not.toBe(english.subject);
        expect(mail.text, `${locale}/${template}`).not.toBe(english.text);
      }
    }
  });

  it("renders Hungarian, not English, for a Hungarian guest", () => {
    const hu = renderEmail("status_confirmed", "hu", payload);
    const en = renderEmail("status_confirmed", "en", payload);
    expect(hu.subject).not.toBe(en.subject);
    expect(hu.text).not.toBe(en.text);
    expect(hu.text).toContain("Kedves Elena Garcia!");
    expect(hu.text).toContain("visszaigazoltuk");
  });

  it("escapes what the guest or staff typed in the HTML part", () => {
    const mail = renderEmail("staff_message", "en", { ...payload, note: "<script>x</script>" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
