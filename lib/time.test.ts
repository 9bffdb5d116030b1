// Unit tests of the time-zone maths. Every expectation is an explicit UTC instant or a calendar
// date, so the results must not depend on the process time zone (vitest.config.ts runs this file
// again under TZ=America/Los_Angeles).
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayBounds,
  dayOf,
  daysIncluded,
  hotelToday,
  isDay,
  isDayInStay,
  localInstant,
  plannedSessionsForDay,
  weekdayOf,
  type ScheduleRule,
} from "./time";

const BERLIN = "Europe/Berlin";
const SPRING_FORWARD = "2026-03-29"; // Sunday; 02:00 CET → 03:00 CEST, 23 hours
const FALL_BACK = "2026-10-25"; // Sunday; 03:00 CEST → 02:00 CET, 25 hours
const NORMAL_DAY = "2026-06-15"; // Monday
const HOUR = 3_600_000;
const defaults = { capacity: 6, durationMinutes: 60 };

const iso = (d: Date) => d.toISOString();
const sunday = (startTime: string, capacity: number | null = null): ScheduleRule => ({ weekday: 7, startTime, capacity });

describe("hotelToday", () => {
  it("is the hotel's calendar date, not the UTC one", () => {
    expect(hotelToday(BERLIN, new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28"); // 23:59:59 CET
    expect(hotelToday(BERLIN, new Date("2026-03-28T23:00:00Z"))).toBe("2026-03-29"); // 00:00 CET
    expect(hotelToday(BERLIN, new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30"); // 23:59:59 CEST
    expect(hotelToday(BERLIN, new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
  });

  it("differs by zone for the same instant", () => {
    const instant = new Date("2026-12-31T20:00:00Z");
    expect(hotelToday("Pacific/Auckland", instant)).toBe("2027-01-01");
    expect(hotelToday("America/Los_Angeles", instant)).toBe("2026-12-31");
    expect(hotelToday("UTC", instant)).toBe("2026-12-31");
  });
});

describe("addDays", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-12-30", 5, "2027-01-04"],
    ["2026-03-28", 1, SPRING_FORWARD],
    [SPRING_FORWARD, 1, "2026-03-30"],
    [FALL_BACK, 1, "2026-10-26"],
    ["2026-06-15", 0, "2026-06-15"],
  ])("%s plus %i days → %s", (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe("isDay and weekdayOf", () => {
  it("accepts only real YYYY-MM-DD dates", () => {
    expect(isDay("2026-03-29")).toBe(true);
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("2026-3-29")).toBe(false);
    expect(isDay("2026-03-29T00:00")).toBe(false);
    expect(isDay("")).toBe(false);
  });

  it("gives ISO weekdays", () => {
    expect(weekdayOf(SPRING_FORWARD)).toBe(7);
    expect(weekdayOf(FALL_BACK)).toBe(7);
    expect(weekdayOf(NORMAL_DAY)).toBe(1);
    expect(weekdayOf("2026-06-20")).toBe(6);
  });
});

describe("dayBounds", () => {
  it("spring-forward day in Berlin lasts 23 hours", () => {
    const { start, end } = dayBounds(SPRING_FORWARD, BERLIN);
    expect(iso(start)).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(end)).toBe("2026-03-29T22:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(23 * HOUR);
  });

  it("fall-back day in Berlin lasts 25 hours", () => {
    const { start, end } = dayBounds(FALL_BACK, BERLIN);
    expect(iso(start)).toBe("2026-10-24T22:00:00.000Z");
    expect(iso(end)).toBe("2026-10-25T23:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(25 * HOUR);
  });

  it("a normal summer day lasts 24 hours", () => {
    const { start, end } = dayBounds(NORMAL_DAY, BERLIN);
    expect(iso(start)).toBe("2026-06-14T22:00:00.000Z");
    expect(iso(end)).toBe("2026-06-15T22:00:00.000Z");
  });

  it("a normal winter day lasts 24 hours", () => {
    const { start, end } = dayBounds("2026-01-15", BERLIN);
    expect(iso(start)).toBe("2026-01-14T23:00:00.000Z");
    expect(iso(end)).toBe("2026-01-15T23:00:00.000Z");
  });

  it("consecutive days tile without gap or overlap", () => {
    for (const day of ["2026-03-28", SPRING_FORWARD, "2026-10-24", FALL_BACK]) {
      expect(dayBounds(day, BERLIN).end.getTime()).toBe(dayBounds(addDays(day, 1), BERLIN).start.getTime());
    }
  });
});

describe("localInstant", () => {
  it("turns wall-clock times into instants on either side of the change", () => {
    expect(iso(localInstant(SPRING_FORWARD, "01:59", BERLIN))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(localInstant(SPRING_FORWARD, "03:00", BERLIN))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(localInstant(FALL_BACK, "01:59", BERLIN))).toBe("2026-10-24T23:59:00.000Z");
    expect(iso(localInstant(FALL_BACK, "03:00", BERLIN))).toBe("2026-10-25T02:00:00.000Z");
  });

  it("moves a time in the spring-forward gap forward by the gap", () => {
    expect(iso(localInstant(SPRING_FORWARD, "02:30", BERLIN))).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
  });

  it("takes a repeated fall-back time at its first occurrence", () => {
    // 02:30 happens twice: 02:30 CEST (00:30Z), then 02:30 CET (01:30Z). time.ts promises the first.
    expect(iso(localInstant(FALL_BACK, "02:30", BERLIN))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(localInstant(FALL_BACK, "02:00", BERLIN))).toBe("2026-10-25T00:00:00.000Z");
  });
});

describe("dayOf and isDayInStay", () => {
  it("gives the hotel-local day of an instant", () => {
    expect(dayOf(new Date("2026-06-14T22:30:00Z"), BERLIN)).toBe("2026-06-15");
    expect(dayOf(new Date("2026-06-14T21:59:00Z"), BERLIN)).toBe("2026-06-14");
  });

  it("includes both the check-in and the check-out day", () => {
    const stay = { checkIn: "2026-06-14", checkOut: "2026-06-18" };
    expect(isDayInStay("2026-06-13", stay)).toBe(false);
    expect(isDayInStay("2026-06-14", stay)).toBe(true);
    expect(isDayInStay("2026-06-18", stay)).toBe(true);
    expect(isDayInStay("2026-06-19", stay)).toBe(false);
  });
});

describe("plannedSessionsForDay", () => {
  it("09:00 on spring-forward day is 07:00Z", () => {
    const sessions = plannedSessionsForDay([sunday("09:00")], SPRING_FORWARD, BERLIN, { capacity: 6, durationMinutes: 90 });
    expect(sessions.map((s) => [iso(s.startsAt), iso(s.endsAt), s.capacity])).toEqual([
      ["2026-03-29T07:00:00.000Z", "2026-03-29T08:30:00.000Z", 6],
    ]);
  });

  it("09:00 on fall-back day is 08:00Z", () => {
    const sessions = plannedSessionsForDay([sunday("09:00")], FALL_BACK, BERLIN, defaults);
    expect(sessions.map((s) => [iso(s.startsAt), iso(s.endsAt)])).toEqual([
      ["2026-10-25T08:00:00.000Z", "2026-10-25T09:00:00.000Z"],
    ]);
  });

  it("09:00 on a normal summer day is 07:00Z and a winter one 08:00Z", () => {
    const rules: ScheduleRule[] = [{ weekday: 1, startTime: "09:00", capacity: null }];
    expect(plannedSessionsForDay(rules, NORMAL_DAY, BERLIN, defaults).map((s) => iso(s.startsAt))).toEqual([
      "2026-06-15T07:00:00.000Z",
    ]);
    expect(plannedSessionsForDay(rules, "2026-01-12", BERLIN, defaults).map((s) => iso(s.startsAt))).toEqual([
      "2026-01-12T08:00:00.000Z",
    ]);
  });

  it("does not lose a session whose time the spring-forward gap skips", () => {
    const sessions = plannedSessionsForDay([sunday("02:30"), sunday("10:00")], SPRING_FORWARD, BERLIN, defaults);
    expect(sessions.map((s) => iso(s.startsAt))).toEqual(["2026-03-29T01:30:00.000Z", "2026-03-29T08:00:00.000Z"]);
  });

  it("does not double a session at a time fall-back repeats", () => {
    const sessions = plannedSessionsForDay([sunday("02:30")], FALL_BACK, BERLIN, defaults);
    expect(sessions).toHaveLength(1);
  });

  it("places a repeated fall-back time at its first occurrence", () => {
    const sessions = plannedSessionsForDay([sunday("02:30")], FALL_BACK, BERLIN, defaults);
    expect(sessions.map((s) => iso(s.startsAt))).toEqual(["2026-10-25T00:30:00.000Z"]);
  });

  it("an hourly schedule gives distinct sessions inside the day on both change days", () => {
    const hourly = Array.from({ length: 24 }, (_, h) => sunday(`${String(h).padStart(2, "0")}:00`));
    for (const [day, expected] of [
      // 02:00 does not exist and becomes 03:00, which the 03:00 rule already gives.
      [SPRING_FORWARD, 23],
      // 24 wall-clock hours, each once.
      [FALL_BACK, 24],
    ] as const) {
      const sessions = plannedSessionsForDay(hourly, day, BERLIN, defaults);
      const { start, end } = dayBounds(day, BERLIN);
      const starts = sessions.map((s) => s.startsAt.getTime());
      expect(sessions).toHaveLength(expected);
      expect(new Set(starts).size).toBe(expected);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const t of starts) {
        expect(t).toBeGreaterThanOrEqual(start.getTime());
        expect(t).toBeLessThan(end.getTime());
      }
      expect(sessions.every((s) => dayOf(s.startsAt, BERLIN) === day)).toBe(true);
    }
  });

  it("collapses duplicate rules into one session", () => {
    const sessions = plannedSessionsForDay([sunday("10:00"), sunday("10:00"), sunday("11:00")], SPRING_FORWARD, BERLIN, defaults);
    expect(sessions.map((s) => iso(s.startsAt))).toEqual(["2026-03-29T08:00:00.000Z", "2026-03-29T09:00:00.000Z"]);
  });

  it("keeps only the rules of that day's weekday, sorted by start", () => {
    const rules: ScheduleRule[] = [
      { weekday: 1, startTime: "16:00", capacity: null },
      { weekday: 7, startTime: "14:00", capacity: null },
      { weekday: 1, startTime: "09:00", capacity: 2 },
      { weekday: 6, startTime: "09:00", capacity: null },
    ];
    expect(plannedSessionsForDay(rules, "2026-03-30", BERLIN, defaults).map((s) => [iso(s.startsAt), s.capacity])).toEqual([
      ["2026-03-30T07:00:00.000Z", 2],
      ["2026-03-30T14:00:00.000Z", 6],
    ]);
    expect(plannedSessionsForDay(rules, SPRING_FORWARD, BERLIN, defaults).map((s) => iso(s.startsAt))).toEqual([
      "2026-03-29T12:00:00.000Z",
    ]);
    expect(plannedSessionsForDay(rules, "2026-03-31", BERLIN, defaults)).toEqual([]);
  });

  it("uses the rule's capacity, else the default", () => {
    const sessions = plannedSessionsForDay([sunday("09:00", 3), sunday("11:00")], FALL_BACK, BERLIN, defaults);
    expect(sessions.map((s) => s.capacity)).toEqual([3, 6]);
  });

  it("gives nothing without rules", () => {
    expect(plannedSessionsForDay([], FALL_BACK, BERLIN, defaults)).toEqual([]);
  });
});

describe("daysIncluded", () => {
  it("counts both ends of a range, and one day without a range", () => {
    expect(daysIncluded("2026-03-28", "2026-03-30")).toBe(3);
    expect(daysIncluded("2026-03-29", "2026-03-29")).toBe(1);
    expect(daysIncluded("2026-12-31", "2027-01-01")).toBe(2);
    expect(daysIncluded(null, null)).toBe(1);
    expect(daysIncluded("2026-03-28", undefined)).toBe(1);
  });
});
