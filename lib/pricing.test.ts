// Unit tests of the price quote: units per price type, complimentary items, per-hour sessions, included tax.
import { describe, expect, it } from "vitest";
import { bandFor, bookingCost, discounted, includedTax, quote, type AgeBand, type Priced } from "./pricing";

const base: Priced = { priceMinor: 3500, priceUnit: "per_person", taxRateBp: 1900, complimentary: false };

describe("quote", () => {
  it("multiplies the unit price by the quantity for per-person prices", () => {
    expect(quote(base, 2)).toEqual({
      lines: [{ label: "per_person", quantity: 2, unitMinor: 3500, totalMinor: 7000 }],
      totalMinor: 7000,
      taxMinor: 1118, // 7000 × 1900 / 11900 = 1117.65
      taxRateBp: 1900,
      complimentary: false,
    });
  });

  it.each(["per_child", "per_night", "per_day"] as const)("multiplies by the quantity for %s prices", (priceUnit) => {
    const q = quote({ ...base, priceUnit, priceMinor: 1200 }, 3);
    expect(q.totalMinor).toBe(3600);
    expect(q.lines).toMatchObject([{ label: priceUnit, quantity: 3, unitMinor: 1200, totalMinor: 3600 }]);
  });

  it("charges a per-booking price once whatever the quantity", () => {
    const q = quote({ ...base, priceUnit: "per_booking", priceMinor: 5000 }, 4);
    expect(q.totalMinor).toBe(5000);
    expect(q.lines).toEqual([{ label: "per_booking", quantity: 1, unitMinor: 5000, totalMinor: 5000 }]);
  });

  it("charges nothing and no tax for a complimentary service, keeping the quantity on the line", () => {
    const q = quote({ ...base, complimentary: true }, 3);
    expect(q).toEqual({
      lines: [{ label: "complimentary", quantity: 3, unitMinor: 0, totalMinor: 0 }],
      totalMinor: 0,
      taxMinor: 0,
      taxRateBp: 1900,
      complimentary: true,
    });
  });

  it("treats a zero price as complimentary", () => {
    const q = quote({ ...base, priceMinor: 0 }, 2);
    expect(q.complimentary).toBe(true);
    expect(q.totalMinor).toBe(0);
  });

  describe("per-hour prices use the session's length, in started hours", () => {
    const hourly: Priced = { priceMinor: 2000, priceUnit: "per_hour", taxRateBp: 0, complimentary: false };

    it.each([
      [60, 1, 2000],
      [90, 1, 4000], // 1.5 h → 2 started hours
      [120, 1, 4000],
      [90, 2, 8000], // 2 people × 2 hours
      [30, 1, 2000], // at least one hour
    ])("%i minutes × %i → %i", (durationMinutes, quantity, total) => {
      expect(quote({ ...hourly, durationMinutes }, quantity).totalMinor).toBe(total);
    });

    it("takes one hour when the service has no duration", () => {
      expect(quote({ ...hourly, durationMinutes: null }, 3).totalMinor).toBe(6000);
      expect(quote(hourly, 1).lines[0]).toMatchObject({ label: "per_hour", quantity: 1, unitMinor: 2000, totalMinor: 2000 });
    });
  });

  it("gives the tax included in the total", () => {
    expect(quote(base, 1).taxMinor).toBe(559);
    expect(quote({ ...base, taxRateBp: 0 }, 1).taxMinor).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects quantity %s", (quantity) => {
    expect(() => quote(base, quantity)).toThrow(RangeError);
  });

  it("rejects a bad quantity even for complimentary services", () => {
    expect(() => quote({ ...base, complimentary: true }, 0)).toThrow(RangeError);
  });
});

describe("includedTax", () => {
  it.each([
    [3500, 1900, 559], // 558.82
    [10000, 1900, 1597], // 1596.64
    [11900, 1900, 1900], // exact
    [1000, 700, 65], // 65.42
    [100, 1000, 9], // 9.09
  ])("%i at %i bp → %i", (total, bp, tax) => {
    expect(includedTax(total, bp)).toBe(tax);
  });

  it("rounds half up", () => {
    // 100 % tax: half the total is tax.
    expect(includedTax(1, 10_000)).toBe(1); // 0.5
    expect(includedTax(3, 10_000)).toBe(2); // 1.5
  });

  it("is zero for no or a negative rate and for a zero total", () => {
    expect(includedTax(3500, 0)).toBe(0);
    expect(includedTax(3500, -100)).toBe(0);
    expect(includedTax(0, 1900)).toBe(0);
  });
});

describe("quote with participants, days and rules", () => {
  const bands: AgeBand[] = [
    { minAge: 0, maxAge: 3, discountBp: 10_000 }, // under 3 free
    { minAge: 3, maxAge: 12, discountBp: 5_000 }, // 3–11 half price
  ];

  it("prices adults in full and children by age band", () => {
    const q = quote(base, { quantity: 4, participants: { adults: 2, childAges: [1, 7] }, ageBands: bands });
    expect(q.lines).toEqual([
      { label: "adults", quantity: 2, unitMinor: 3500, totalMinor: 7000 },
      { label: "child_free", quantity: 1, unitMinor: 0, totalMinor: 0, params: { minAge: 0, maxAge: 3 } },
      { label: "child_band", quantity: 1, unitMinor: 1750, totalMinor: 1750, params: { minAge: 3, maxAge: 12 } },
    ]);
    expect(q.totalMinor).toBe(8750);
  });

  it("charges a child outside every band the full price", () => {
    const q = quote(base, { quantity: 1, participants: { adults: 0, childAges: [14] }, ageBands: bands });
    expect(q.lines).toEqual([{ label: "children", quantity: 1, unitMinor: 3500, totalMinor: 3500 }]);
  });

  it("applies age bands to per-child prices too", () => {
    const q = quote({ ...base, priceUnit: "per_child", priceMinor: 900 }, { quantity: 2, participants: { adults: 0, childAges: [2, 5] }, ageBands: bands });
    expect(q.totalMinor).toBe(450);
  });

  it("multiplies rentals by units and days", () => {
    const q = quote({ ...base, priceUnit: "per_day", priceMinor: 800 }, { quantity: 2, days: 3 });
    expect(q.lines).toEqual([{ label: "per_day", quantity: 6, unitMinor: 800, totalMinor: 4800, params: { days: 3, units: 2 } }]);
  });

  it("takes a family discount off the subtotal as its own line, before tax", () => {
    const q = quote(base, { quantity: 2, familyDiscountBp: 1_000 });
    expect(q.lines.at(-1)).toEqual({ label: "family_discount", quantity: 1, unitMinor: -700, totalMinor: -700, params: { percent: 10 } });
    expect(q.totalMinor).toBe(6300);
    expect(q.taxMinor).toBe(includedTax(6300, 1900));
  });

  it("gives no discount line on a free booking", () => {
    const q = quote(base, { quantity: 1, participants: { adults: 0, childAges: [1] }, ageBands: bands, familyDiscountBp: 1_000 });
    expect(q.totalMinor).toBe(0);
    expect(q.lines.some((l) => l.label === "family_discount")).toBe(false);
  });

  it("refuses zero days and an empty party", () => {
    expect(() => quote(base, { quantity: 1, days: 0 })).toThrow(RangeError);
    expect(() => quote(base, { quantity: 1, participants: { adults: 0, childAges: [] } })).toThrow(RangeError);
  });
});

describe("discounted and bandFor", () => {
  it("rounds a share off to the nearest minor unit", () => {
    expect(discounted(999, 5_000)).toBe(499); // 999 − 499.5 rounded = 999 − 500
    expect(discounted(1000, 10_000)).toBe(0);
  });
  it("finds the band an age falls in, upper bound excluded", () => {
    const bands: AgeBand[] = [{ minAge: 0, maxAge: 3, discountBp: 10_000 }];
    expect(bandFor(2, bands)).toBeDefined();
    expect(bandFor(3, bands)).toBeUndefined();
  });
});

describe("bookingCost", () => {
  it("is the unit cost × the units × the days out", () => {
    expect(bookingCost(400, 1)).toBe(400);
    expect(bookingCost(400, 3)).toBe(1200);
    expect(bookingCost(250, 2, 4)).toBe(2000);
    expect(bookingCost(0, 5, 7)).toBe(0);
  });

  it("refuses what cannot be a cost: negative or fractional units, days or costs", () => {
    expect(() => bookingCost(400, 0)).toThrow(RangeError);
    expect(() => bookingCost(400, 1.5)).toThrow(RangeError);
    expect(() => bookingCost(400, 1, 0)).toThrow(RangeError);
    expect(() => bookingCost(-1, 1)).toThrow(RangeError);
    expect(() => bookingCost(12.5, 1)).toThrow(RangeError);
  });
});
