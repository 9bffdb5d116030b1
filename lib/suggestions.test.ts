import { describe, expect, it } from "vitest";
import { MAX_SUGGESTIONS, nightsOf, suggestFor, type SuggestionCatalogue } from "./suggestions";

// The demo catalogue's relevant part: slugs, minimum ages, packages.
const catalogue: SuggestionCatalogue = {
  packages: [{ slug: "family" }, { slug: "outdoor" }, { slug: "nature" }],
  services: [
    { slug: "crib", minAge: null, packageSlugs: ["family"] },
    { slug: "stroller-rental", minAge: null, packageSlugs: ["family"] },
    { slug: "kids-animation", minAge: 3, packageSlugs: ["family"] },
    { slug: "childrens-menu", minAge: null, packageSlugs: ["family"] },
    { slug: "fishing", minAge: 6, packageSlugs: ["nature"] },
    { slug: "horse-riding", minAge: 8, packageSlugs: ["nature"] },
    { slug: "sauna", minAge: 12, packageSlugs: ["nature"] },
    { slug: "boating", minAge: 4, packageSlugs: ["nature"] },
    { slug: "petting-zoo", minAge: null, packageSlugs: ["nature"] },
    { slug: "mini-farm", minAge: 4, packageSlugs: ["nature"] },
  ],
};
const withoutNature: SuggestionCatalogue = { ...catalogue, packages: catalogue.packages.filter((p) => p.slug !== "nature") };

const family = { adults: 2, childrenAges: [1, 7], checkIn: "2026-07-01", checkOut: "2026-07-08" };
const couple = { adults: 2, childrenAges: [], checkIn: "2026-07-01", checkOut: "2026-07-05" };
const slugs = (list: { slug: string }[]) => list.map((s) => s.slug);

describe("suggestions", () => {
  it("puts the cot and the stroller first for a family with an infant, saying for which child", () => {
    const list = suggestFor(family, catalogue);
    expect(list.slice(0, 2)).toEqual([
      { kind: "service", slug: "crib", reason: "infant", params: { age: 1 } },
      { kind: "service", slug: "stroller-rental", reason: "infant", params: { age: 1 } },
    ]);
  });

  it("offers children the family package, and kids' animation to a child of 3 or more", () => {
    const list = suggestFor(family, catalogue);
    expect(list[2]).toEqual({ kind: "package", slug: "family", reason: "children", params: { count: 2 } });
    expect(list).toContainEqual({ kind: "service", slug: "kids-animation", reason: "childAge", params: { age: 7 } });
  });

  it("gives no kids' animation to a party whose only child is an infant", () => {
    const list = suggestFor({ ...family, childrenAges: [0] }, catalogue);
    expect(slugs(list)).not.toContain("kids-animation");
    expect(slugs(list).slice(0, 2)).toEqual(["crib", "stroller-rental"]);
  });

  it("treats a 2-year-old as an infant and a 3-year-old not", () => {
    expect(suggestFor({ ...family, childrenAges: [2] }, catalogue)[0]).toMatchObject({ slug: "crib", params: { age: 2 } });
    expect(slugs(suggestFor({ ...family, childrenAges: [3] }, catalogue))).not.toContain("crib");
  });

  it("names the youngest infant when there are two", () => {
    expect(suggestFor({ ...family, childrenAges: [2, 0, 9] }, catalogue)[0].params).toEqual({ age: 0 });
  });

  it("offers nature experiences for a stay of 2+ nights in a hotel in nature, with the number of nights", () => {
    const list = suggestFor(family, catalogue);
    expect(list).toContainEqual({ kind: "package", slug: "nature", reason: "nature", params: { nights: 7 } });
    const oneNight = suggestFor({ ...family, checkOut: "2026-07-02" }, catalogue);
    expect(slugs(oneNight)).not.toContain("nature");
    expect(slugs(suggestFor(family, withoutNature))).not.toContain("nature");
  });

  it("offers a family only the nature experiences its children may do too", () => {
    const list = suggestFor({ ...family, childrenAges: [1, 5] }, catalogue).filter((s) => s.reason === "nature" && s.kind === "service");
    expect(slugs(list)).not.toContain("horse-riding");
    expect(slugs(list)).not.toContain("fishing");
    expect(slugs(list)).not.toContain("sauna");
  });

  it("offers a couple the sauna and boating for the two of them, and never the cot", () => {
    const list = suggestFor(couple, catalogue);
    expect(list.slice(0, 2)).toEqual([
      { kind: "service", slug: "sauna", reason: "couple", params: {} },
      { kind: "service", slug: "boating", reason: "couple", params: {} },
    ]);
    expect(slugs(list)).not.toContain("crib");
    expect(slugs(list)).not.toContain("family");
    expect(list).toContainEqual({ kind: "package", slug: "nature", reason: "nature", params: { nights: 4 } });
  });

  it("suggests each item once and no more than the maximum", () => {
    for (const stay of [family, couple, { ...family, childrenAges: [0, 2, 4, 6, 8, 10, 12] }]) {
      const list = suggestFor(stay, catalogue);
      expect(new Set(list.map((s) => `${s.kind}:${s.slug}`)).size).toBe(list.length);
      expect(list.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    }
  });

  it("suggests nothing the catalogue does not offer", () => {
    const bare: SuggestionCatalogue = { packages: [], services: [{ slug: "crib", minAge: null, packageSlugs: [] }] };
    expect(suggestFor(family, bare)).toEqual([{ kind: "service", slug: "crib", reason: "infant", params: { age: 1 } }]);
    expect(suggestFor(couple, { packages: [], services: [] })).toEqual([]);
  });

  it("suggests nothing to a single adult on a one-night stay", () => {
    expect(suggestFor({ adults: 1, childrenAges: [], checkIn: "2026-07-01", checkOut: "2026-07-02" }, catalogue)).toEqual([]);
  });

  it("counts nights between the two dates", () => {
    expect(nightsOf("2026-03-28", "2026-03-30")).toBe(2); // across the DST change
    expect(nightsOf("2026-07-01", "2026-07-01")).toBe(0);
  });
});
