// Unit tests of the booking status machine.
import { describe, expect, it } from "vitest";
import {
  allowedRequestChanges,
  allowedStaffActions,
  BOOKING_STATUSES,
  FINAL_STATUSES,
  HOLDING_STATUSES,
  releasesCapacity,
  staffTransition,
  type BookingStatus,
  type StaffAction,
} from "./booking-status";

const sorted = (a: readonly string[]) => [...a].sort();

describe("allowedStaffActions", () => {
  it.each<[BookingStatus, StaffAction[]]>([
    ["requested", ["confirm", "decline", "cancel"]],
    ["confirmed", ["start", "fulfil", "no_show", "cancel"]],
    ["in_progress", ["fulfil"]],
    ["declined", []],
    ["fulfilled", []],
    ["cancelled", []],
    ["no_show", []],
    ["expired", []],
  ])("%s → %j", (status, actions) => {
    expect(sorted(allowedStaffActions(status))).toEqual(sorted(actions));
  });

  it("allows nothing once a booking is final", () => {
    for (const status of FINAL_STATUSES) expect(allowedStaffActions(status)).toEqual([]);
  });
});

describe("staffTransition", () => {
  it.each<[StaffAction, BookingStatus]>([
    ["confirm", "confirmed"],
    ["decline", "declined"],
    ["start", "in_progress"],
    ["fulfil", "fulfilled"],
    ["no_show", "no_show"],
    ["cancel", "cancelled"],
  ])("%s leads to %s", (action, to) => {
    expect(staffTransition(action).to).toBe(to);
  });

  it("never starts from a final status", () => {
    for (const action of ["confirm", "decline", "start", "fulfil", "no_show", "cancel"] as const) {
      for (const from of staffTransition(action).from) expect(FINAL_STATUSES).not.toContain(from);
    }
  });
});

describe("status sets", () => {
  it("holding and final statuses split all statuses", () => {
    expect(sorted([...HOLDING_STATUSES, ...FINAL_STATUSES])).toEqual(sorted(BOOKING_STATUSES));
  });
});

describe("releasesCapacity", () => {
  it.each<[BookingStatus, BookingStatus, boolean]>([
    ["requested", "declined", true],
    ["requested", "cancelled", true],
    ["confirmed", "cancelled", true],
    ["requested", "expired", true],
    ["confirmed", "fulfilled", false],
    ["in_progress", "fulfilled", false],
    ["confirmed", "no_show", false],
    ["requested", "confirmed", false],
    ["confirmed", "in_progress", false],
    ["cancelled", "cancelled", false],
    ["declined", "cancelled", false],
  ])("%s → %s: %s", (from, to, releases) => {
    expect(releasesCapacity(from, to)).toBe(releases);
  });
});

describe("allowedRequestChanges", () => {
  it.each<[BookingStatus, boolean, string[]]>([
    ["requested", true, ["assign", "hand_over", "reschedule"]],
    ["confirmed", true, ["assign", "hand_over", "reschedule"]],
    ["in_progress", true, ["assign", "hand_over"]],
    ["requested", false, ["assign", "hand_over"]],
    ["declined", true, []],
    ["fulfilled", true, []],
    ["cancelled", true, []],
    ["no_show", true, []],
    ["expired", true, []],
  ])("%s (with a session: %s) → %j", (status, hasSession, changes) => {
    expect(sorted(allowedRequestChanges(status, { hasSession }))).toEqual(sorted(changes));
  });
});
