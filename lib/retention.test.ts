import { describe, expect, it } from "vitest";
import { isRetentionOver, redactText, retentionKeptUntil, scrubJson, secretsOf } from "./retention";

describe("retention dates", () => {
  it("keeps data through check-out plus the period, and not a day longer", () => {
    expect(retentionKeptUntil("2026-01-30", 90)).toBe("2026-04-30");
    expect(isRetentionOver("2026-01-30", 90, "2026-04-30")).toBe(false);
    expect(isRetentionOver("2026-01-30", 90, "2026-05-01")).toBe(true);
    expect(isRetentionOver("2024-02-22", 7, "2024-02-29")).toBe(false);
    expect(isRetentionOver("2024-02-22", 7, "2024-03-01")).toBe(true);
  });
});

describe("scrubbing stored documents", () => {
  const secrets = secretsOf(["Garcia", "FAM-1001", "ana@example.com", "", null, "ab"]);

  it("drops blanks and values too short to look for", () => {
    expect(secrets).toEqual(["garcia", "fam-1001", "ana@example.com"]);
  });

  it("empties personal fields and any string holding a secret, keeping amounts, ids and structure", () => {
    const doc = {
      type: "stay.updated",
      data: { stay: { id: "s1", guestName: "Ana", room: "101", adults: 2, checkIn: "2026-01-01" }, note: null },
      lines: [{ label: "Hello GARCIA family", totalMinor: 500 }, { label: "Crib", totalMinor: 0 }],
    };
    expect(scrubJson(doc, secrets)).toEqual({
      type: "stay.updated",
      data: { stay: { id: "s1", guestName: "", room: "", adults: 2, checkIn: "2026-01-01" }, note: null },
      lines: [{ label: "", totalMinor: 500 }, { label: "Crib", totalMinor: 0 }],
    });
  });

  it("cuts the guest's data out of staff text", () => {
    expect(redactText("Apology to Mrs garcia (FAM-1001)", secrets)).toBe("Apology to Mrs … (…)");
  });
});
