import { describe, expect, it } from "vitest";
import { accountDelayMs, BACKOFF_CAP_MS } from "./sign-in-backoff";

describe("accountDelayMs", () => {
  it("costs nothing below the free attempts", () => {
    expect(accountDelayMs(0, 5)).toBe(0);
    expect(accountDelayMs(4, 5)).toBe(0);
  });
  it("doubles from 250 ms, then stays at the cap however many failures", () => {
    expect([5, 6, 7, 8, 9, 10].map((n) => accountDelayMs(n, 5))).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    expect(accountDelayMs(1_000_000, 5)).toBe(BACKOFF_CAP_MS);
  });
});
