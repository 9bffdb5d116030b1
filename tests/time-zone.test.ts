// Proves the unit-tz project (vitest.config.ts) really runs under America/Los_Angeles, so the
// time tests repeated there are not silently repeated under the machine's zone.
import { describe, expect, it } from "vitest";

describe("process time zone in the unit-tz project", () => {
  it("is America/Los_Angeles for Date and Intl", () => {
    expect(new Date(0).getTimezoneOffset()).toBe(480); // PST, UTC−8
    expect(new Date("2026-07-01T00:00:00Z").getTimezoneOffset()).toBe(420); // PDT, UTC−7
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
  });
});
