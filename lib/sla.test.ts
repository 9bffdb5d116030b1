import { describe, expect, it } from "vitest";
import { waitingOf } from "./sla";

const created = new Date("2026-11-23T10:00:00Z");

describe("waitingOf", () => {
  it("counts whole minutes waited against the target", () => {
    expect(waitingOf({ status: "requested", createdAt: created, responseTargetMinutes: 15 }, created.getTime() + 12.5 * 60_000)).toEqual({
      minutes: 12,
      target: 15,
      overdue: false,
    });
  });
  it("is overdue only once past the target", () => {
    const at = (m: number) => waitingOf({ status: "requested", createdAt: created, responseTargetMinutes: 15 }, created.getTime() + m * 60_000);
    expect(at(15)?.overdue).toBe(false);
    expect(at(15.01)?.overdue).toBe(true);
  });
  it("does not time answered requests", () => {
    expect(waitingOf({ status: "confirmed", createdAt: created, responseTargetMinutes: 15 }, created.getTime() + 99 * 60_000)).toBeNull();
  });
  it("never reports negative waiting when clocks disagree", () => {
    expect(waitingOf({ status: "requested", createdAt: created, responseTargetMinutes: 15 }, created.getTime() - 60_000)?.minutes).toBe(0);
  });
});
