import { describe, expect, it } from "vitest";
import { eligibleCount, resolveParticipants } from "./participants";

const family = { adults: 2, childrenAges: [1, 7] };

describe("resolveParticipants", () => {
  it("fills adults first, then the eldest children", () => {
    expect(resolveParticipants(family, 3, null)).toEqual({ adults: 2, childAges: [7] });
    expect(resolveParticipants(family, 4, null)).toEqual({ adults: 2, childAges: [7, 1] });
  });
  it("leaves out children below the minimum age", () => {
    expect(resolveParticipants(family, 2, 8)).toEqual({ adults: 2, childAges: [] });
    expect(resolveParticipants(family, 3, 8)).toBe("min_age");
  });
  it("refuses more people than the party has", () => {
    expect(resolveParticipants(family, 5, null)).toBe("party_size");
  });
  it("accepts a chosen set taken from the party", () => {
    expect(resolveParticipants(family, 2, null, { adults: 1, childAges: [7] })).toEqual({ adults: 1, childAges: [7] });
  });
  it("refuses chosen children who are not in the party, or too young, or a count mismatch", () => {
    expect(resolveParticipants(family, 2, null, { adults: 1, childAges: [9] })).toBe("not_in_party");
    expect(resolveParticipants(family, 3, null, { adults: 1, childAges: [7, 7] })).toBe("not_in_party");
    expect(resolveParticipants(family, 2, 8, { adults: 1, childAges: [7] })).toBe("min_age");
    expect(resolveParticipants(family, 3, null, { adults: 1, childAges: [7] })).toBe("party_size");
  });
  it("takes only children for per-child services", () => {
    expect(resolveParticipants(family, 2, null, undefined, true)).toEqual({ adults: 0, childAges: [7, 1] });
    expect(resolveParticipants(family, 3, null, undefined, true)).toBe("party_size");
    expect(resolveParticipants(family, 1, null, { adults: 1, childAges: [] }, true)).toBe("not_in_party");
  });
});

describe("eligibleCount", () => {
  it("counts adults and children old enough", () => {
    expect(eligibleCount(family, null)).toBe(4);
    expect(eligibleCount(family, 8)).toBe(2);
    expect(eligibleCount(family, 7)).toBe(3);
  });
});
