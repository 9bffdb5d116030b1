import { describe, expect, it } from "vitest";
import {
  checkTemplateBodies,
  fillTemplate,
  formatTemplateTime,
  guestLocaleOf,
  isSituation,
  placeholdersIn,
  templateTextFor,
  unfilledPlaceholders,
  unknownPlaceholders,
} from "./message-templates";

const property = { locales: ["en", "th", "hu"], defaultLocale: "en" };

describe("placeholders", () => {
  it("finds every {name} once, known or not", () => {
    expect(placeholdersIn("Hi {guestName}, {service} at {time}; {guestName} again, {room}")).toEqual(["guestName", "service", "time", "room"]);
    expect(unknownPlaceholders("Hi {guestName}, room {room} {Time}")).toEqual(["room", "Time"]);
    expect(unknownPlaceholders("No placeholders at all")).toEqual([]);
    expect(unknownPlaceholders("Empty {} braces")).toEqual([""]);
  });

  it("fills the known ones and leaves those without a value, and unknown ones, as they are", () => {
    const text = "Dear {guestName}, your {service} at {time} is late; try {alternative}. {room}";
    expect(fillTemplate(text, { guestName: "Somchai", service: "Spa", time: "14:30", alternative: "" })).toBe(
      "Dear Somchai, your Spa at 14:30 is late; try {alternative}. {room}",
    );
    expect(unfilledPlaceholders(fillTemplate(text, { guestName: "A", service: "B", time: "C" }))).toEqual(["alternative"]);
    expect(unfilledPlaceholders(fillTemplate(text, { guestName: "A", service: "B", time: "C", alternative: "D" }))).toEqual([]);
  });

  it("does not read a value's own braces as a placeholder to fill", () => {
    expect(fillTemplate("{guestName} / {service}", { guestName: "{service}", service: "Spa" })).toBe("{service} / Spa");
  });
});

describe("checking a template's texts", () => {
  it("accepts texts in the property's languages with known placeholders", () => {
    expect(checkTemplateBodies({ en: "Hi {guestName}", th: "สวัสดี {guestName}" }, property)).toEqual([]);
  });

  it("requires the default language", () => {
    expect(checkTemplateBodies({ th: "สวัสดี" }, property)).toEqual([{ locale: "en", problem: "missing_default" }]);
    expect(checkTemplateBodies({ en: "   " }, property)).toContainEqual({ locale: "en", problem: "missing_default" });
  });

  it("names unknown placeholders per language, and refuses a language the property does not speak", () => {
    expect(checkTemplateBodies({ en: "Room {room}", hu: "{guestName} {szoba}", az: "Salam" }, property)).toEqual([
      { locale: "en", problem: "unknown_placeholder", names: ["room"] },
      { locale: "hu", problem: "unknown_placeholder", names: ["szoba"] },
      { locale: "az", problem: "not_a_property_locale" },
    ]);
  });

  it("refuses a text over 1000 characters", () => {
    expect(checkTemplateBodies({ en: "x".repeat(1001) }, property)).toEqual([{ locale: "en", problem: "too_long" }]);
  });

  it("knows the six situations and nothing else", () => {
    expect(isSituation("running_late")).toBe(true);
    expect(isSituation("welcome")).toBe(true);
    expect(isSituation("lost_luggage")).toBe(false);
  });
});

describe("the text for a reader", () => {
  it("takes the stay's language, else the property's default", () => {
    expect(guestLocaleOf("th", "en")).toBe("th");
    expect(guestLocaleOf(null, "hu")).toBe("hu");
    expect(guestLocaleOf("", "en")).toBe("en");
  });

  it("falls back to the default language and says so", () => {
    expect(templateTextFor({ en: "Hello", th: "สวัสดี" }, "th", "en")).toEqual({ text: "สวัสดี", locale: "th", fallback: false });
    expect(templateTextFor({ en: "Hello" }, "th", "en")).toEqual({ text: "Hello", locale: "en", fallback: true });
    expect(templateTextFor({}, "th", "en")).toBeNull();
  });

  it("writes {time} as the time of day today, with the date on another day, Gregorian in Thai", () => {
    const at = new Date("2026-12-04T07:30:00Z"); // 14:30 in Bangkok
    expect(formatTemplateTime(at, "Asia/Bangkok", "en", "2026-12-04")).toBe("2:30 PM");
    expect(formatTemplateTime(at, "Asia/Bangkok", "th", "2026-12-04")).toBe("14:30");
    const other = formatTemplateTime(at, "Asia/Bangkok", "th", "2026-12-03");
    expect(other).toContain("2026");
    expect(other).toContain("14:30");
  });
});
