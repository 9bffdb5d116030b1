import { describe, expect, it } from "vitest";
import { answerExpected, waitingOf } from "./sla";

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

describe("answerExpected", () => {
  const made = new Date("2026-11-23T09:00:00Z");
  const request = { status: "requested", createdAt: made, responseTargetMinutes: 15 };

  it("expects the answer the promised minutes after the request was made", () => {
    expect(answerExpected(request, made.getTime())).toEqual({ by: new Date("2026-11-23T09:15:00Z"), late: false });
  });

  it("is late only once that time has passed", () => {
    expect(answerExpected(request, new Date("2026-11-23T09:15:00Z").getTime())?.late).toBe(false);
    expect(answerExpected(request, new Date("2026-11-23T09:15:01Z").getTime())?.late).toBe(true);
  });

  it("says nothing once the request is answered", () => {
    for (const status of ["confirmed", "declined", "cancelled", "expired", "fulfilled"]) expect(answerExpected({ ...request, status }, made.getTime())).toBeNull();
  });
});
