// Unit tests of the reports' period: validation, the 30-day default, reading search params, and the
// instants a period covers. Every expectation is a calendar date or an explicit UTC instant, and the
// last block repeats the checks under several process time zones, so nothing depends on the machine's zone.
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_PERIOD_DAYS, MAX_PERIOD_DAYS, defaultPeriod, parsePeriod, periodBounds, reportPeriodSchema } from "./report-period";
import { addDays, daysFrom } from "./time";

const BERLIN = "Europe/Berlin";
const SPRING_FORWARD = "2026-03-29"; // Sunday; 02:00 CET → 03:00 CEST, 23 hours
const FALL_BACK = "2026-10-25"; // Sunday; 03:00 CEST → 02:00 CET, 25 hours
const NOW = new Date("2026-06-15T10:00:00Z"); // Monday, 12:00 CEST
const HOUR = 3_600_000;

const at = (iso: string) => new Date(iso);
const hours = (b: { start: Date; end: Date }) => (b.end.getTime() - b.start.getTime()) / HOUR;
const issuesOf = (input: unknown) => {
  const result = reportPeriodSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe("reportPeriodSchema", () => {
  it("accepts a single day and a period of exactly MAX_PERIOD_DAYS days, both days counted", () => {
    expect(reportPeriodSchema.parse({ from: "2026-06-15", to: "2026-06-15" })).toEqual({ from: "2026-06-15", to: "2026-06-15" });
    expect(MAX_PERIOD_DAYS).toBe(400);
    expect(reportPeriodSchema.parse({ from: "2026-01-01", to: "2027-02-04" })).toEqual({ from: "2026-01-01", to: "2027-02-04" });
    // Across 29 February 2028: 2027-03-01 + 399 days.
    expect(reportPeriodSchema.parse({ from: "2027-03-01", to: "2028-04-03" })).toEqual({ from: "2027-03-01", to: "2028-04-03" });
    expect(daysFrom("2027-03-01", "2028-04-03") + 1).toBe(MAX_PERIOD_DAYS);
  });

  it("accepts a leap day and periods across a DST change or a year end", () => {
    expect(reportPeriodSchema.safeParse({ from: "2028-02-29", to: "2028-02-29" }).success).toBe(true);
    expect(reportPeriodSchema.safeParse({ from: "2026-03-28", to: FALL_BACK }).success).toBe(true);
    expect(reportPeriodSchema.safeParse({ from: "2026-12-31", to: "2027-01-01" }).success).toBe(true);
  });

  it("rejects a period one day longer than MAX_PERIOD_DAYS as too_long, on `to`", () => {
    expect(issuesOf({ from: "2026-01-01", to: "2027-02-05" })).toEqual([{ path: ["to"], message: "too_long" }]);
    expect(issuesOf({ from: "2027-03-01", to: "2028-04-04" })).toEqual([{ path: ["to"], message: "too_long" }]);
    expect(issuesOf({ from: "2000-01-01", to: "2099-12-31" })).toEqual([{ path: ["to"], message: "too_long" }]);
  });

  it("rejects `from` after `to` as from_after_to, on `to`, even by one day", () => {
    expect(issuesOf({ from: "2026-06-16", to: "2026-06-15" })).toEqual([{ path: ["to"], message: "from_after_to" }]);
    expect(issuesOf({ from: "2027-01-01", to: "2026-12-31" })).toEqual([{ path: ["to"], message: "from_after_to" }]);
    expect(issuesOf({ from: "2099-12-31", to: "2000-01-01" })).toEqual([{ path: ["to"], message: "from_after_to" }]);
  });

  it.each([
    ["2026-02-30", "no such date"],
    ["2026-02-29", "not a leap year"],
    ["2026-04-31", "April has 30 days"],
    ["2026-13-01", "month 13"],
    ["2026-00-10", "month 0"],
    ["2026-06-00", "day 0"],
    ["2026-6-1", "unpadded"],
    ["26-06-01", "two-digit year"],
    ["+002026-06-01", "expanded year"],
    ["20260601", "basic ISO format"],
    ["2026/06/01", "slashes"],
    ["15.06.2026", "German notation"],
    ["2026-06-01T00:00", "with a time"],
    ["2026-06-01T00:00:00Z", "an instant"],
    [" 2026-06-01", "leading space"],
    ["2026-06-01 ", "trailing space"],
    ["2026-06-01\n", "trailing newline"],
    ["２０２６-06-01", "full-width digits"],
    ["", "empty"],
    ["today", "a word"],
    ["2026-06-01' OR '1'='1", "SQL injection"],
    ["<script>alert(1)</script>", "markup"],
  ])("rejects %j (%s) as invalid_day, on the field that holds it", (bad) => {
    expect(issuesOf({ from: bad, to: "2026-06-15" })[0]).toEqual({ path: ["from"], message: "invalid_day" });
    expect(issuesOf({ from: "2026-06-01", to: bad })[0]).toEqual({ path: ["to"], message: "invalid_day" });
  });

  it("rejects unknown keys, missing fields and non-strings", () => {
    expect(issuesOf({ from: "2026-06-01", to: "2026-06-15", utm_source: "mail" })[0]).toMatchObject({ path: [] });
    expect(reportPeriodSchema.safeParse({ from: "2026-06-01", to: "2026-06-15", utm_source: "mail" }).error?.issues[0]?.code).toBe("unrecognized_keys");
    expect(issuesOf({ from: "2026-06-01" })[0]).toMatchObject({ path: ["to"] });
    expect(issuesOf({ to: "2026-06-15" })[0]).toMatchObject({ path: ["from"] });
    expect(issuesOf({ from: 20260601, to: "2026-06-15" })[0]).toMatchObject({ path: ["from"] });
    expect(issuesOf({ from: ["2026-06-01"], to: "2026-06-15" })[0]).toMatchObject({ path: ["from"] });
    expect(reportPeriodSchema.safeParse(null).success).toBe(false);
    expect(reportPeriodSchema.safeParse("2026-06-01/2026-06-15").success).toBe(false);
  });

  // The period-level checks run only when both days are real days, so a bad day is not also "too long" or "reversed".
  it("reports a malformed day only as invalid_day, not also as a reversed or too-long period", () => {
    expect(issuesOf({ from: "2026-02-30", to: "2026-03-10" })).toEqual([{ path: ["from"], message: "invalid_day" }]);
    expect(issuesOf({ from: "garbage", to: "2026-03-10" })).toEqual([{ path: ["from"], message: "invalid_day" }]);
    expect(issuesOf({ from: "2026-03-01", to: "nope" })).toEqual([{ path: ["to"], message: "invalid_day" }]);
  });
});

describe("defaultPeriod", () => {
  it("is the last DEFAULT_PERIOD_DAYS hotel-local days, today included", () => {
    expect(DEFAULT_PERIOD_DAYS).toBe(30);
    const period = defaultPeriod(BERLIN, NOW);
    expect(period).toEqual({ from: "2026-05-17", to: "2026-06-15" });
    expect(daysFrom(period.from, period.to) + 1).toBe(DEFAULT_PERIOD_DAYS);
  });

  it("ends on the hotel's today, not the UTC one", () => {
    expect(defaultPeriod(BERLIN, at("2026-06-30T21:59:59Z"))).toEqual({ from: "2026-06-01", to: "2026-06-30" }); // 23:59:59 CEST
    expect(defaultPeriod(BERLIN, at("2026-06-30T22:00:00Z"))).toEqual({ from: "2026-06-02", to: "2026-07-01" }); // 00:00 CEST
    expect(defaultPeriod(BERLIN, at("2026-01-31T22:59:59Z"))).toEqual({ from: "2026-01-02", to: "2026-01-31" }); // 23:59:59 CET
    expect(defaultPeriod(BERLIN, at("2026-01-31T23:00:00Z"))).toEqual({ from: "2026-01-03", to: "2026-02-01" }); // 00:00 CET
  });

  it("differs by zone for the same instant", () => {
    const instant = at("2026-12-31T20:00:00Z");
    expect(defaultPeriod("Pacific/Auckland", instant)).toEqual({ from: "2026-12-03", to: "2027-01-01" });
    expect(defaultPeriod(BERLIN, instant)).toEqual({ from: "2026-12-02", to: "2026-12-31" });
    expect(defaultPeriod("America/Los_Angeles", instant)).toEqual({ from: "2026-12-02", to: "2026-12-31" });
    expect(defaultPeriod("Pacific/Kiritimati", at("2026-01-01T09:59:59Z"))).toEqual({ from: "2025-12-03", to: "2026-01-01" }); // UTC+14
  });

  it("counts calendar days across DST changes, leap days and year ends", () => {
    expect(defaultPeriod(BERLIN, at("2026-03-29T12:00:00Z"))).toEqual({ from: "2026-02-28", to: SPRING_FORWARD });
    expect(defaultPeriod(BERLIN, at("2026-10-25T12:00:00Z"))).toEqual({ from: "2026-09-26", to: FALL_BACK });
    expect(defaultPeriod(BERLIN, at("2026-11-10T12:00:00Z"))).toEqual({ from: "2026-10-12", to: "2026-11-10" });
    expect(defaultPeriod(BERLIN, at("2028-03-01T12:00:00Z"))).toEqual({ from: "2028-02-01", to: "2028-03-01" });
    expect(defaultPeriod(BERLIN, at("2026-03-01T12:00:00Z"))).toEqual({ from: "2026-01-31", to: "2026-03-01" });
    expect(defaultPeriod(BERLIN, at("2027-01-10T12:00:00Z"))).toEqual({ from: "2026-12-12", to: "2027-01-10" });
  });

  it("is always a period the schema accepts (the CSV route validates it)", () => {
    for (let d = 0; d < 366; d += 7) {
      const now = new Date(at("2026-01-01T12:00:00Z").getTime() + d * 24 * HOUR);
      expect(reportPeriodSchema.safeParse(defaultPeriod(BERLIN, now)).success).toBe(true);
    }
  });

  describe("without a `now`", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("uses the current time", () => {
      vi.useFakeTimers({ now: at("2026-06-30T22:30:00Z") });
      expect(defaultPeriod(BERLIN)).toEqual({ from: "2026-06-02", to: "2026-07-01" });
      expect(parsePeriod({}, BERLIN)).toEqual({ period: { from: "2026-06-02", to: "2026-07-01" }, error: null });
    });
  });
});

describe("parsePeriod", () => {
  const fallback = { from: "2026-05-17", to: "2026-06-15" };

  it("gives the default period and no error when from and to are both missing or empty", () => {
    expect(parsePeriod({}, BERLIN, NOW)).toEqual({ period: fallback, error: null });
    expect(parsePeriod({ from: undefined, to: undefined }, BERLIN, NOW)).toEqual({ period: fallback, error: null });
    expect(parsePeriod({ from: "", to: "" }, BERLIN, NOW)).toEqual({ period: fallback, error: null });
    expect(parsePeriod({ from: [], to: [] }, BERLIN, NOW)).toEqual({ period: fallback, error: null });
  });

  it("takes a valid from/to as given", () => {
    expect(parsePeriod({ from: "2026-03-01", to: "2026-03-31" }, BERLIN, NOW)).toEqual({ period: { from: "2026-03-01", to: "2026-03-31" }, error: null });
    expect(parsePeriod({ from: "2026-06-15", to: "2026-06-15" }, BERLIN, NOW)).toEqual({ period: { from: "2026-06-15", to: "2026-06-15" }, error: null });
  });

  it("accepts a period in the future (nothing is capped at today)", () => {
    expect(parsePeriod({ from: "2026-07-01", to: "2026-07-31" }, BERLIN, NOW)).toEqual({ period: { from: "2026-07-01", to: "2026-07-31" }, error: null });
  });

  it("takes the first value of a repeated search param", () => {
    expect(parsePeriod({ from: ["2026-06-01", "2020-01-01"], to: ["2026-06-10", "bad"] }, BERLIN, NOW)).toEqual({
      period: { from: "2026-06-01", to: "2026-06-10" },
      error: null,
    });
  });

  it("fills a missing end from the default period: `to` is today, `from` is 29 days before today", () => {
    expect(parsePeriod({ from: "2026-06-01" }, BERLIN, NOW)).toEqual({ period: { from: "2026-06-01", to: "2026-06-15" }, error: null });
    expect(parsePeriod({ to: "2026-06-01" }, BERLIN, NOW)).toEqual({ period: { from: "2026-05-17", to: "2026-06-01" }, error: null });
    expect(parsePeriod({ from: ["2026-06-01"], to: [] }, BERLIN, NOW)).toEqual({ period: { from: "2026-06-01", to: "2026-06-15" }, error: null });
  });

  it("rejects a single end that the filled-in default makes reversed or too long", () => {
    expect(parsePeriod({ from: "2026-06-16" }, BERLIN, NOW)).toEqual({ period: fallback, error: "from_after_to" });
    expect(parsePeriod({ to: "2026-05-16" }, BERLIN, NOW)).toEqual({ period: fallback, error: "from_after_to" });
    expect(parsePeriod({ from: addDays("2026-06-15", -MAX_PERIOD_DAYS) }, BERLIN, NOW)).toEqual({ period: fallback, error: "too_long" });
    expect(parsePeriod({ from: addDays("2026-06-15", -(MAX_PERIOD_DAYS - 1)) }, BERLIN, NOW)).toEqual({
      period: { from: "2025-05-12", to: "2026-06-15" },
      error: null,
    });
  });

  it.each([
    ["a reversed period", "from_after_to", { from: "2026-03-10", to: "2026-03-01" }],
    ["a period longer than MAX_PERIOD_DAYS", "too_long", { from: "2025-01-01", to: "2026-06-15" }],
    ["a date that does not exist", "invalid_day", { from: "2026-02-30", to: "2026-03-10" }],
    ["an unpadded date", "invalid_day", { from: "2026-03-01", to: "2026-3-10" }],
    ["markup", "invalid_day", { from: "<img src=x onerror=alert(1)>", to: "2026-06-15" }],
    ["SQL", "invalid_day", { from: "2026-06-01'; drop table bookings; --", to: "2026-06-15" }],
    ["a 10 000-character value", "invalid_day", { from: "x".repeat(10_000), to: "2026-06-15" }],
  ])("falls back to the default period and names the first problem: %s → %s", (_label, error, params) => {
    expect(parsePeriod(params, BERLIN, NOW)).toEqual({ period: fallback, error });
  });

  it("falls back to the default in the hotel's zone", () => {
    const instant = at("2026-06-30T23:30:00Z");
    expect(parsePeriod({ from: "bad", to: "bad" }, BERLIN, instant)).toEqual({ period: { from: "2026-06-02", to: "2026-07-01" }, error: "invalid_day" });
    expect(parsePeriod({ from: "bad", to: "bad" }, "America/Los_Angeles", instant)).toEqual({
      period: { from: "2026-06-01", to: "2026-06-30" },
      error: "invalid_day",
    });
  });
});

describe("periodBounds", () => {
  it("runs from the hotel-local start of `from` to the start of the day after `to`", () => {
    expect(periodBounds({ from: "2026-06-15", to: "2026-06-15" }, BERLIN)).toEqual({ start: at("2026-06-14T22:00:00Z"), end: at("2026-06-15T22:00:00Z") });
    expect(periodBounds({ from: "2026-01-15", to: "2026-01-15" }, BERLIN)).toEqual({ start: at("2026-01-14T23:00:00Z"), end: at("2026-01-15T23:00:00Z") });
    expect(periodBounds({ from: "2026-05-17", to: "2026-06-15" }, BERLIN)).toEqual({ start: at("2026-05-16T22:00:00Z"), end: at("2026-06-15T22:00:00Z") });
  });

  it("is 23 hours on the spring-forward day and 25 on the fall-back day in Berlin", () => {
    const spring = periodBounds({ from: SPRING_FORWARD, to: SPRING_FORWARD }, BERLIN);
    expect(spring).toEqual({ start: at("2026-03-28T23:00:00Z"), end: at("2026-03-29T22:00:00Z") });
    expect(hours(spring)).toBe(23);
    const fall = periodBounds({ from: FALL_BACK, to: FALL_BACK }, BERLIN);
    expect(fall).toEqual({ start: at("2026-10-24T22:00:00Z"), end: at("2026-10-25T23:00:00Z") });
    expect(hours(fall)).toBe(25);
  });

  it("starts in one offset and ends in the other when the period spans a DST change", () => {
    const march = periodBounds({ from: "2026-03-01", to: "2026-03-31" }, BERLIN);
    expect(march).toEqual({ start: at("2026-02-28T23:00:00Z"), end: at("2026-03-31T22:00:00Z") });
    expect(hours(march)).toBe(31 * 24 - 1);
    const october = periodBounds({ from: "2026-10-01", to: "2026-10-31" }, BERLIN);
    expect(october).toEqual({ start: at("2026-09-30T22:00:00Z"), end: at("2026-10-31T23:00:00Z") });
    expect(hours(october)).toBe(31 * 24 + 1);
    const year = periodBounds({ from: "2026-01-01", to: "2026-12-31" }, BERLIN);
    expect(year).toEqual({ start: at("2025-12-31T23:00:00Z"), end: at("2026-12-31T23:00:00Z") });
    expect(hours(year)).toBe(365 * 24);
  });

  it("leaves no gap and no overlap between consecutive Berlin days of a whole year", () => {
    let day = "2026-01-01";
    const lengths: number[] = [];
    while (day <= "2026-12-31") {
      const next = addDays(day, 1);
      const bounds = periodBounds({ from: day, to: day }, BERLIN);
      expect(bounds.end).toEqual(periodBounds({ from: next, to: next }, BERLIN).start);
      lengths.push(hours(bounds));
      day = next;
    }
    expect(lengths).toHaveLength(365);
    expect(lengths.filter((h) => h === 23)).toHaveLength(1);
    expect(lengths.filter((h) => h === 25)).toHaveLength(1);
    expect(lengths.filter((h) => h === 24)).toHaveLength(363);
  });

  it("splits a period at any day into two that meet exactly, also at the DST days", () => {
    for (const split of ["2026-03-28", SPRING_FORWARD, "2026-10-24", FALL_BACK]) {
      const whole = periodBounds({ from: "2026-03-01", to: "2026-10-31" }, BERLIN);
      const first = periodBounds({ from: "2026-03-01", to: split }, BERLIN);
      const second = periodBounds({ from: addDays(split, 1), to: "2026-10-31" }, BERLIN);
      expect(first.start).toEqual(whole.start);
      expect(first.end).toEqual(second.start);
      expect(second.end).toEqual(whole.end);
    }
  });

  it("follows the zone it is given", () => {
    const day = { from: "2026-06-15", to: "2026-06-15" };
    expect(periodBounds(day, "UTC")).toEqual({ start: at("2026-06-15T00:00:00Z"), end: at("2026-06-16T00:00:00Z") });
    expect(periodBounds(day, "America/Los_Angeles")).toEqual({ start: at("2026-06-15T07:00:00Z"), end: at("2026-06-16T07:00:00Z") });
    expect(periodBounds(day, "Pacific/Kiritimati")).toEqual({ start: at("2026-06-14T10:00:00Z"), end: at("2026-06-15T10:00:00Z") });
    expect(periodBounds(day, "Asia/Kathmandu")).toEqual({ start: at("2026-06-14T18:15:00Z"), end: at("2026-06-15T18:15:00Z") });
    // US spring forward: 2026-03-08, 02:00 PST → 03:00 PDT.
    expect(periodBounds({ from: "2026-03-08", to: "2026-03-08" }, "America/Los_Angeles")).toEqual({
      start: at("2026-03-08T08:00:00Z"),
      end: at("2026-03-09T07:00:00Z"),
    });
  });

  it("starts a day whose midnight the clocks skip at that day's first instant", () => {
    // Africa/Cairo, 2026-04-24 (last Friday of April): 00:00 EET → 01:00 EEST, so the day begins at 01:00 (+03).
    expect(periodBounds({ from: "2026-04-24", to: "2026-04-24" }, "Africa/Cairo").start).toEqual(at("2026-04-23T22:00:00Z"));
    expect(periodBounds({ from: "2026-04-25", to: "2026-04-25" }, "Africa/Cairo").start).toEqual(at("2026-04-24T21:00:00Z"));
  });

  // Where a DST change skips midnight (Africa/Cairo, 2026-04-24 → 25), the period ends where the next day begins.
  it("ends a period on a day whose midnight is skipped where the next day starts (Africa/Cairo 2026-04-24)", () => {
    expect(periodBounds({ from: "2026-04-01", to: "2026-04-24" }, "Africa/Cairo").end).toEqual(at("2026-04-24T21:00:00Z"));
  });
});

describe("independence from the process time zone", () => {
  // The zone the tests run in (the machine's, or the one vitest.config.ts sets) must not matter: run the same
  // checks under several process zones. Node re-reads TZ whenever process.env.TZ is assigned.
  const PROCESS_ZONES: [string, number][] = [
    ["UTC", 0],
    ["America/Los_Angeles", 480],
    ["Pacific/Kiritimati", -840],
    ["Asia/Kathmandu", -345],
    [BERLIN, -60],
  ];

  it("gives the same periods and instants under every process zone", () => {
    const saved = process.env.TZ;
    try {
      for (const [zone, januaryOffset] of PROCESS_ZONES) {
        process.env.TZ = zone;
        expect(new Date("2026-01-01T00:00:00Z").getTimezoneOffset(), zone).toBe(januaryOffset);
        expect(defaultPeriod(BERLIN, at("2026-06-30T22:00:00Z")), zone).toEqual({ from: "2026-06-02", to: "2026-07-01" });
        expect(defaultPeriod(BERLIN, at("2026-06-30T21:59:59Z")), zone).toEqual({ from: "2026-06-01", to: "2026-06-30" });
        expect(parsePeriod({ from: "2026-06-01" }, BERLIN, NOW), zone).toEqual({ period: { from: "2026-06-01", to: "2026-06-15" }, error: null });
        expect(periodBounds({ from: SPRING_FORWARD, to: FALL_BACK }, BERLIN), zone).toEqual({
          start: at("2026-03-28T23:00:00Z"),
          end: at("2026-10-25T23:00:00Z"),
        });
        expect(periodBounds({ from: "2026-06-15", to: "2026-06-15" }, "UTC"), zone).toEqual({ start: at("2026-06-15T00:00:00Z"), end: at("2026-06-16T00:00:00Z") });
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
