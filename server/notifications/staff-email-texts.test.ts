// The staff emails' texts per recipient language: the locale's file where it exists, else English (files being translated).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { staffEmailTexts } from "./staff-email-texts";

const DIR = path.join(__dirname, "../../lib/i18n/messages");
const english = JSON.parse(fs.readFileSync(path.join(DIR, "en.staff-email.json"), "utf8"));

describe("staffEmailTexts", () => {
  it.each(LOCALES)("%s: the locale's own file where there is one, else English", async (locale) => {
    const file = path.join(DIR, `${locale}.staff-email.json`);
    const texts = await staffEmailTexts(locale);
    if (fs.existsSync(file)) {
      expect(texts).toEqual({ locale, messages: JSON.parse(fs.readFileSync(file, "utf8")) });
    } else {
      expect(texts).toEqual({ locale: "en", messages: english });
    }
  });

  it.each([null, undefined, "", "de", "../en", "TH"])("%j: English", async (locale) => {
    expect(await staffEmailTexts(locale)).toEqual({ locale: "en", messages: english });
  });
});
