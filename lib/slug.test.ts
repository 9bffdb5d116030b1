// Unit tests of slugs made from names.
import { describe, expect, it } from "vitest";
import { SLUG_MAX, SLUG_RE, slugFromName } from "./slug";

describe("slugFromName", () => {
  it("lower-cases, drops accents and apostrophes, and joins words with single hyphens", () => {
    expect(slugFromName("Kids' club")).toBe("kids-club");
    expect(slugFromName("  Stables & farm  ")).toBe("stables-farm");
    expect(slugFromName("Lovaglás és tanya")).toBe("lovaglas-es-tanya");
    expect(slugFromName("Spa -- Wellness 2")).toBe("spa-wellness-2");
  });

  it("is empty when no Latin letter or digit is left", () => {
    expect(slugFromName("คิดส์คลับ")).toBe("");
    expect(slugFromName("—")).toBe("");
  });

  it("stays within the limit and is always a valid slug when not empty", () => {
    const long = slugFromName(`${"a".repeat(59)} b ${"c".repeat(80)}`);
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long).toMatch(SLUG_RE);
    for (const name of ["Kids' club", "A–Z desk", "Café 24/7", "x"]) expect(slugFromName(name)).toMatch(SLUG_RE);
  });
});
