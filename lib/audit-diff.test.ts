// Unit tests of the before/after detail written to the audit log.
import { describe, expect, it } from "vitest";
import { changedFields } from "./audit-diff";

describe("changedFields", () => {
  it("lists only what changed, with both values", () => {
    const before = { priceMinor: 3500, name: { en: "Horse riding" }, active: true, minAge: null as number | null };
    const after = { priceMinor: 4000, name: { en: "Horse riding", hu: "Lovaglás" }, active: true, minAge: null };
    expect(changedFields(before, after)).toEqual({
      priceMinor: { from: 3500, to: 4000 },
      name: { from: { en: "Horse riding" }, to: { en: "Horse riding", hu: "Lovaglás" } },
    });
  });

  it("treats null and a missing value alike and ignores fields left out of the edit", () => {
    expect(changedFields({ a: null, b: 1 } as Record<string, unknown>, { a: undefined })).toEqual({});
    expect(changedFields({ a: 1, b: 2 }, { a: 1 })).toEqual({});
  });

  it("does not count a different key order as a change", () => {
    expect(changedFields({ name: { hu: "Lovaglás", en: "Riding" } }, { name: { en: "Riding", hu: "Lovaglás" } })).toEqual({});
  });

  it("sees a change in an array's order or content", () => {
    expect(changedFields({ days: [1, 2, 3] }, { days: [1, 2] })).toEqual({ days: { from: [1, 2, 3], to: [1, 2] } });
  });
});
