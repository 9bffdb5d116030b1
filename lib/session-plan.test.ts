// Unit tests of applying schedule exceptions and of how future session rows follow a schedule change.
import { describe, expect, it } from "vitest";
import { planSessionSync, sessionsForDay, type ScheduleException, type SessionRow } from "./session-plan";
import { localInstant } from "./time";

const TZ = "Europe/Berlin";
const DAY = "2026-06-16"; // a Tuesday
const defaults = { capacity: 6, durationMinutes: 60 };
const rules = [
  { weekday: 2, startTime: "09:00", capacity: null },
  { weekday: 2, startTime: "14:00", capacity: 4 },
  { weekday: 3, startTime: "09:00", capacity: null },
];
const at = (time: string, day = DAY) => localInstant(day, time, TZ);
const times = (list: { startsAt: Date }[]) => list.map((s) => s.startsAt.toISOString());

describe("sessionsForDay", () => {
  it("is the weekly schedule when nothing differs", () => {
    const plan = sessionsForDay(rules, [], DAY, TZ, defaults);
    expect(times(plan.open)).toEqual([at("09:00").toISOString(), at("14:00").toISOString()]);
    expect(plan.open.map((s) => s.capacity)).toEqual([6, 4]);
    expect(plan.closed).toEqual([]);
  });

  it("closes one start time, or the whole day, extra sessions included", () => {
    const oneTime: ScheduleException[] = [{ day: DAY, startTime: "14:00", closed: true, capacity: null }];
    const p1 = sessionsForDay(rules, oneTime, DAY, TZ, defaults);
    expect(times(p1.open)).toEqual([at("09:00").toISOString()]);
    expect(times(p1.closed)).toEqual([at("14:00").toISOString()]);

    const wholeDayPlusExtra: ScheduleException[] = [
      { day: DAY, startTime: null, closed: true, capacity: null },
      { day: DAY, startTime: "20:00", closed: false, capacity: 12 },
      { day: "2026-06-17", startTime: null, closed: true, capacity: null },
    ];
    const p2 = sessionsForDay(rules, wholeDayPlusExtra, DAY, TZ, defaults);
    expect(p2.open).toEqual([]);
    expect(times(p2.closed)).toEqual([at("09:00").toISOString(), at("14:00").toISOString()]);

    const extraAtClosedTime: ScheduleException[] = [
      { day: DAY, startTime: "14:00", closed: true, capacity: null },
      { day: DAY, startTime: "14:00", closed: false, capacity: 12 },
      { day: DAY, startTime: "20:00", closed: false, capacity: 12 },
    ];
    const p3 = sessionsForDay(rules, extraAtClosedTime, DAY, TZ, defaults);
    expect(p3.open.map((s) => [s.startsAt.toISOString(), s.capacity, s.extra])).toEqual([
      [at("09:00").toISOString(), 6, false],
      [at("20:00").toISOString(), 12, true],
    ]);
    expect(times(p3.closed)).toEqual([at("14:00").toISOString()]);
  });

  it("lets an extra session at a weekly time override its capacity", () => {
    const plan = sessionsForDay(rules, [{ day: DAY, startTime: "09:00", closed: false, capacity: 10 }], DAY, TZ, defaults);
    expect(plan.open.map((s) => [s.capacity, s.extra])).toEqual([
      [10, true],
      [4, false],
    ]);
  });
});

function row(time: string, values: Partial<SessionRow> = {}): SessionRow {
  const startsAt = at(time);
  return { id: `row-${time}`, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: 6, booked: 0, referenced: false, ...values };
}

describe("planSessionSync", () => {
  it("never touches a row with booked seats, whatever the new plan says", () => {
    const rows = [row("09:00", { booked: 5 }), row("14:00", { booked: 1, capacity: 4 })];
    // New plan: capacity 2 at 09:00, 14:00 removed.
    const plan = sessionsForDay([{ weekday: 2, startTime: "09:00", capacity: 2 }], [], DAY, TZ, defaults);
    const sync = planSessionSync(rows, [plan]);
    expect(sync).toEqual({ update: [], delete: [], insert: [], keptWithBookings: 2 });
  });

  it("gives empty rows the new capacity and length, deletes empty rows no longer planned, closes referenced ones", () => {
    const rows = [row("09:00"), row("14:00", { capacity: 4 }), row("16:00"), row("18:00", { referenced: true })];
    const plan = sessionsForDay(
      [
        { weekday: 2, startTime: "09:00", capacity: 8 },
        { weekday: 2, startTime: "14:00", capacity: 4 },
      ],
      [],
      DAY,
      TZ,
      { capacity: 6, durationMinutes: 90 },
    );
    const sync = planSessionSync(rows, [plan]);
    expect(sync.update).toEqual([
      { id: "row-09:00", capacity: 8, endsAt: new Date(at("09:00").getTime() + 90 * 60_000) },
      { id: "row-14:00", capacity: 4, endsAt: new Date(at("14:00").getTime() + 90 * 60_000) },
      { id: "row-18:00", capacity: 0, endsAt: rows[3].endsAt },
    ]);
    expect(sync.delete).toEqual(["row-16:00"]);
    expect(sync.insert).toEqual([]);
  });

  it("writes closed rows for closed sessions and rows for extra sessions", () => {
    const exceptions: ScheduleException[] = [
      { day: DAY, startTime: "14:00", closed: true, capacity: null },
      { day: DAY, startTime: "20:00", closed: false, capacity: null },
    ];
    const plan = sessionsForDay(rules, exceptions, DAY, TZ, defaults);
    const sync = planSessionSync([row("09:00")], [plan]);
    expect(sync.update).toEqual([]);
    expect(sync.insert.map((s) => [s.startsAt.toISOString(), s.capacity])).toEqual([
      [at("14:00").toISOString(), 0],
      [at("20:00").toISOString(), 6],
    ]);
  });

  it("re-opens a closed row when its exception is removed", () => {
    const plan = sessionsForDay(rules, [], DAY, TZ, defaults);
    const sync = planSessionSync([row("14:00", { capacity: 0 })], [plan]);
    expect(sync.update).toEqual([{ id: "row-14:00", capacity: 4, endsAt: row("14:00").endsAt }]);
  });
});
