// Unit tests of the credit rules: the limit, lateness against the response target, and the proposed amount.
import { describe, expect, it } from "vitest";
import { latenessOf, mayGiveCredit, proposedCreditMinor } from "./credit-proposal";

const t = (minutes: number) => new Date(Date.UTC(2026, 5, 15, 8, minutes));

describe("mayGiveCredit", () => {
  it("lets reception give up to the limit, a manager anything, department staff nothing", () => {
    expect(mayGiveCredit("reception", 5000, 5000)).toBe(true);
    expect(mayGiveCredit("reception", 5001, 5000)).toBe(false);
    expect(mayGiveCredit("manager", 500_000, 5000)).toBe(true);
    expect(mayGiveCredit("department", 100, 5000)).toBe(false);
  });
});

describe("latenessOf", () => {
  const base = { mode: "timed", createdAt: t(0), respondedAt: null, fulfilledAt: null, scheduledAt: null };
  it("is late when answered after the target, on time at the target", () => {
    expect(latenessOf({ ...base, respondedAt: t(23) }, 15)).toEqual({ kind: "answered", minutes: 23, target: 15 });
    expect(latenessOf({ ...base, respondedAt: t(15) }, 15)).toBeNull();
  });
  it("counts a delivery's lateness from its due time, or from the request when as soon as possible", () => {
    const delivery = { ...base, mode: "on_request", respondedAt: t(5) };
    expect(latenessOf({ ...delivery, fulfilledAt: t(40) }, 15)).toEqual({ kind: "fulfilled", minutes: 40, target: 15 });
    expect(latenessOf({ ...delivery, scheduledAt: t(30), fulfilledAt: t(40) }, 15)).toBeNull();
  });
  it("never calls a timed session late because it was marked fulfilled after it ended", () => {
    expect(latenessOf({ ...base, respondedAt: t(5), scheduledAt: t(60), fulfilledAt: t(200) }, 15)).toBeNull();
  });
});

describe("proposedCreditMinor", () => {
  it("proposes 10 % of the total, at least 5.00, at most the limit", () => {
    expect(proposedCreditMinor(12_000, "EUR", 5000)).toBe(1200);
    expect(proposedCreditMinor(1200, "EUR", 5000)).toBe(500);
    expect(proposedCreditMinor(0, "EUR", 5000)).toBe(500);
    expect(proposedCreditMinor(900_000, "EUR", 5000)).toBe(5000);
    expect(proposedCreditMinor(1200, "EUR", 300)).toBe(300);
    expect(proposedCreditMinor(10_000, "JPY", 100_000)).toBe(1000);
  });
});
