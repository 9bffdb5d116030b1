// Unit tests of choosing the UI language from an Accept-Language header.
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, languageName, LOCALE_NAMES, LOCALES, negotiateLocale } from "./locales";

describe("isLocale", () => {
  it("accepts exactly the supported locales", () => {
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    expect(isLocale("EN")).toBe(false);
    expect(isLocale("en-GB")).toBe(false);
    expect(isLocale("xx")).toBe(false);
    expect(isLocale("")).toBe(false);
    expect(isLocale(null)).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("has a supported default", () => {
    expect(isLocale(DEFAULT_LOCALE)).toBe(true);
  });
});

describe("negotiateLocale", () => {
  it.each([
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["EN-gb", "en"],
    ["hu-HU,hu;q=0.9,en;q=0.8", "hu"],
    ["th-TH", "th"],
    ["az-Latn-AZ,az;q=0.9", "az"],
    ["ms-MY,en;q=0.5", "ms"],
    ["fil-PH,en;q=0.5", "tl"],
    ["tl", "tl"],
    ["en;q=0.4, hu;q=0.8", "hu"],
    ["hu;q=0, en", "en"],
    ["de-DE;q=1.0, en;q=0.5", "en"],
    ["fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "en"],
  ])("%j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it.each([null, undefined, "", "de", "*", "ja-JP,zh;q=0.5"])("falls back to the default for %j", (header) => {
    expect(negotiateLocale(header)).toBe(DEFAULT_LOCALE);
  });

  it.each([
    ";;;,,,",
    "en;q=abc",
    "q=0.5",
    ";q=1",
    "en;q=",
    "\u0000\uffff",
    "<script>alert(1)</script>",
    "en;q=0.5;q=0.9",
    "x".repeat(10_000),
    Array.from({ length: 2_000 }, (_, i) => `l${i};q=0.${i % 10}`).join(","),
  ])("does not throw on garbage %#", (header) => {
    expect(negotiateLocale(header)).toBe(DEFAULT_LOCALE);
  });

  it("skips a preference whose weight is not a number", () => {
    // The only candidate with a valid weight is en.
    expect(negotiateLocale("zz;q=abc, en;q=0.1")).toBe("en");
  });
});

describe("LOCALES", () => {
  it("speaks the six languages of the spec, each with its own name", () => {
    expect([...LOCALES].sort()).toEqual(["az", "en", "hu", "ms", "th", "tl"]);
    expect(LOCALE_NAMES.th).toBe("ไทย");
    expect(LOCALE_NAMES.hu).toBe("Magyar");
  });

  it("names a guest's language for staff", () => {
    expect(languageName("hu")).toBe("Hungarian");
    expect(languageName("th")).toBe("Thai");
    expect(languageName(null)).toBeNull();
  });
});
