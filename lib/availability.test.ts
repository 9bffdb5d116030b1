// Unit tests of why a session cannot be booked. Run under the machine's time zone and under
// TZ=America/Los_Angeles (vitest.config.ts): the hotel's zone alone decides the stay's days.
import { describe, expect, it } from "vitest";
import { remainingSeats, whyUnbookable, type BookingRules, type SessionCheck } from "./availability";

const NOW = new Date("2026-06-15T08:00:00Z"); // 10:00 in Berlin
const rules: BookingRules = {
  leadTimeMinutes: 60,
  timeZone: "Europe/Berlin",
  stay: { checkIn: "2026-06-14", checkOut: "2026-06-18" },
};
const at = (isoUtc: string, capacity = 6, booked = 0): SessionCheck => ({ startsAt: new Date(isoUtc), capacity, booked });
const later = (minutes: number, capacity = 6, booked = 0): SessionCheck => ({
  startsAt: new Date(NOW.getTime() + minutes * 60_000),
  capacity,
  booked,
});

describe("whyUnbookable", () => {
  it("is null for a bookable session", () => {
    expect(whyUnbookable(later(120), 2, rules, NOW)).toBeNull();
    expect(whyUnbookable(later(120), 2, { ...rules, active: true }, NOW)).toBeNull();
  });

  it("inactive: the service is switched off, before any other reason", () => {
    expect(whyUnbookable(later(120), 1, { ...rules, active: false }, NOW)).toBe("inactive");
    expect(whyUnbookable(later(-60, 6, 6), 1, { ...rules, active: false }, NOW)).toBe("inactive");
  });

  it("past: starting now or earlier", () => {
    expect(whyUnbookable(later(0), 1, rules, NOW)).toBe("past");
    expect(whyUnbookable(later(-1), 1, rules, NOW)).toBe("past");
    expect(whyUnbookable(later(-60 * 24 * 30, 6, 6), 1, rules, NOW)).toBe("past");
  });

  it("outside_stay: a day after check-out or before check-in, by the hotel's calendar", () => {
    expect(whyUnbookable(at("2026-06-20T08:00:00Z"), 1, rules, NOW)).toBe("outside_stay");
    // 22:00 on check-out day in Berlin: still in the stay.
    expect(whyUnbookable(at("2026-06-18T20:00:00Z"), 1, rules, NOW)).toBeNull();
    // 00:30 on the day after check-out in Berlin, though still the 18th in UTC.
    expect(whyUnbookable(at("2026-06-18T22:30:00Z"), 1, rules, NOW)).toBe("outside_stay");
  });

  it("outside_stay: the evening before check-in is out, just after midnight on check-in day is in", () => {
    const early = new Date("2026-06-13T12:00:00Z");
    expect(whyUnbookable(at("2026-06-13T21:30:00Z"), 1, rules, early)).toBe("outside_stay"); // 23:30 on the 13th
    expect(whyUnbookable(at("2026-06-13T22:30:00Z"), 1, rules, early)).toBeNull(); // 00:30 on the 14th
  });

  it("lead_time: starting sooner than the lead time", () => {
    expect(whyUnbookable(later(59), 1, rules, NOW)).toBe("lead_time");
    expect(whyUnbookable(later(1), 1, rules, NOW)).toBe("lead_time");
    expect(whyUnbookable(later(60), 1, rules, NOW)).toBeNull();
    expect(whyUnbookable(later(1), 1, { ...rules, leadTimeMinutes: 0 }, NOW)).toBeNull();
  });

  it("full: fewer seats left than asked for", () => {
    expect(whyUnbookable(later(120, 6, 5), 2, rules, NOW)).toBe("full");
    expect(whyUnbookable(later(120, 6, 6), 1, rules, NOW)).toBe("full");
    expect(whyUnbookable(later(120, 6, 5), 1, rules, NOW)).toBeNull();
    expect(whyUnbookable(later(120, 6, 0), 6, rules, NOW)).toBeNull();
    expect(whyUnbookable(later(120, 6, 0), 7, rules, NOW)).toBe("full");
  });

  it("gives the first reason when several apply", () => {
    expect(whyUnbookable(later(-10, 6, 6), 1, rules, NOW)).toBe("past");
    expect(whyUnbookable(at("2026-06-20T08:00:00Z", 6, 6), 1, rules, NOW)).toBe("outside_stay");
    expect(whyUnbookable(later(30, 6, 6), 1, rules, NOW)).toBe("lead_time");
  });
});

describe("remainingSeats", () => {
  it("is capacity minus booked, never negative", () => {
    expect(remainingSeats({ capacity: 6, booked: 0 })).toBe(6);
    expect(remainingSeats({ capacity: 6, booked: 5 })).toBe(1);
    expect(remainingSeats({ capacity: 6, booked: 6 })).toBe(0);
    expect(remainingSeats({ capacity: 6, booked: 7 })).toBe(0);
  });
});
