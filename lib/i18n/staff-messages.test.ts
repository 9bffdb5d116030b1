// Unit tests of the back office's language choice and of loading its message files with English fallback.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FOLIO_CSV_COLUMNS, folioCsv } from "../folio-csv";
import { REPORT_COLUMNS, reportCsv } from "../report-csv";
import { csvHeaderFor } from "./csv-headers";
import { appFormats, staffIntlLocale } from "./formats";
import { LOCALES } from "./locales";
import { chooseStaffLocale, isStaffPath, loadStaffMessages, STAFF_MESSAGE_FILES } from "./staff-messages";

describe("chooseStaffLocale", () => {
  it("takes the language stored on the account over the browser's", () => {
    expect(chooseStaffLocale("th", "hu-HU,hu;q=0.9")).toBe("th");
    expect(chooseStaffLocale("en", "hu-HU")).toBe("en");
  });

  it("without a stored choice, takes the browser's among the six", () => {
    expect(chooseStaffLocale(null, "hu-HU,hu;q=0.9,en;q=0.8")).toBe("hu");
    expect(chooseStaffLocale(undefined, "fil-PH")).toBe("tl");
    expect(chooseStaffLocale(null, "de-DE,ms;q=0.5")).toBe("ms");
  });

  it("ignores a stored value that is not one of the six", () => {
    expect(chooseStaffLocale("de", "az-AZ")).toBe("az");
    expect(chooseStaffLocale("TH", null)).toBe("en");
    expect(chooseStaffLocale("", "th")).toBe("th");
  });

  it("falls back to English when neither says", () => {
    expect(chooseStaffLocale(null, null)).toBe("en");
    expect(chooseStaffLocale(null, "de-DE,fr;q=0.5")).toBe("en");
    expect(chooseStaffLocale(null, ";;;")).toBe("en");
  });
});

describe("isStaffPath", () => {
  it.each(["/staff", "/staff/", "/staff/run-sheet", "/staff/signin", "/api/staff/folio", "/api/staff/reports/services"])("%s is the back office", (p) => {
    expect(isStaffPath(p)).toBe(true);
  });
  it.each(["/", "/stay", "/signin", "/staffing", "/api/v1/staff/me", "/api/staffx", "/requests/staff"])("%s is not", (p) => {
    expect(isStaffPath(p)).toBe(false);
  });
});

describe("loadStaffMessages", () => {
  const files: Record<string, Record<string, unknown>> = {
    "en.staff": { layout: { nav: "Navigation" } },
    "en.staff-ops": { queueList: { empty: "Nothing waiting" } },
    "en.staff-common": { common: { language: { label: "Back-office language" } } },
    "th.staff": { layout: { nav: "การนำทาง" } },
  };
  const load = async (name: string) => files[name] ?? null;

  it("takes each file in the locale, and in English where the locale has none yet", async () => {
    const th = await loadStaffMessages("th", load);
    expect(th.layout).toEqual({ nav: "การนำทาง" });
    expect(th.queueList).toEqual({ empty: "Nothing waiting" });
    expect(th.common).toEqual({ language: { label: "Back-office language" } });
  });

  it("reads every listed file, in order", async () => {
    const asked: string[] = [];
    await loadStaffMessages("hu", async (name) => (asked.push(name), null));
    for (const file of STAFF_MESSAGE_FILES) expect(asked).toEqual(expect.arrayContaining([`hu.${file}`, `en.${file}`]));
  });

  it("lists exactly the en.staff*.json files that are merged under `staff` (the staff emails are rendered apart)", () => {
    const onDisk = fs
      .readdirSync(path.join(__dirname, "messages"))
      .filter((f) => /^en\.staff(-[a-z]+)?\.json$/.test(f))
      .map((f) => f.slice(3, -5))
      .filter((f) => f !== "staff-email")
      .sort();
    expect([...STAFF_MESSAGE_FILES].sort()).toEqual(onDisk);
  });
});

describe("the back office's dates", () => {
  const day = new Date("2026-12-04T12:00:00Z");

  it("are Gregorian in Thai (Intl's default for th is the Buddhist era)", () => {
    const staff = appFormats("staff").dateTime.date;
    expect(new Intl.DateTimeFormat("th", { ...staff, timeZone: "UTC" }).format(day)).toContain("2026");
    expect(new Intl.DateTimeFormat(staffIntlLocale("th"), { dateStyle: "medium", timeZone: "UTC" }).format(day)).toContain("2026");
    // The guests' side keeps the locale's own calendar.
    expect(new Intl.DateTimeFormat("th", { ...appFormats("guest").dateTime.date, timeZone: "UTC" }).format(day)).toContain("2569");
  });

  it("every named format is Gregorian in every locale of the back office", () => {
    for (const locale of LOCALES) {
      for (const options of Object.values(appFormats("staff").dateTime)) {
        expect(new Intl.DateTimeFormat(locale, options).resolvedOptions().calendar, locale).toBe("gregory");
      }
    }
  });
});

describe("CSV headers", () => {
  const headers = (locale: string) =>
    (JSON.parse(fs.readFileSync(path.join(__dirname, "messages", `${locale}.staff-common.json`), "utf8")) as { common: { csvHeader: Record<string, string> } })
      .common.csvHeader;

  it("every column of the folio and of every report has a translated header, and English keeps the column names", () => {
    const columns = new Set<string>([...FOLIO_CSV_COLUMNS, ...Object.values(REPORT_COLUMNS).flat()]);
    for (const locale of LOCALES) {
      const h = headers(locale);
      for (const column of columns) expect(h[column], `${locale} ${column}`).toBeTruthy();
    }
    // English headers are the columns' names, as before: a PMS or spreadsheet mapping set up on them keeps working.
    for (const column of columns) expect(headers("en")[column]).toBe(column);
  });

  it("are written in the staff member's language", () => {
    const th = headers("th");
    expect(csvHeaderFor("th")("date")).toBe("วันที่");
    expect(csvHeaderFor("en")("reservation_code")).toBe("reservation_code");
    expect(csvHeaderFor("hu")("no_such_column")).toBe("no_such_column");
    expect(folioCsv([], csvHeaderFor("th")).split("\r\n")[0]).toBe(FOLIO_CSV_COLUMNS.map((c) => th[c]).join(","));
    expect(folioCsv([], (c) => th[c]).split("\r\n")[0]).toBe(FOLIO_CSV_COLUMNS.map((c) => th[c]).join(","));
    const empty = { services: [], packages: [], uptake: { staysPresent: 0, staysWithChildren: 0, services: [], familyPackages: [] }, timing: [], ratings: [], credits: { reasons: [] } };
    expect(reportCsv("credits", empty, "EUR", (c) => th[c]).split("\r\n")[0]).toBe("เหตุผล,จำนวนเครดิต,ยอดเงิน,สกุลเงิน");
  });
});
