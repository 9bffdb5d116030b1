import { describe, expect, it } from "vitest";
import { countedBy, headlinePrice } from "./counted";

const bands = [
  { minAge: 0, maxAge: 3, discountBp: 10_000 },
  { minAge: 3, maxAge: 12, discountBp: 5_000 },
];

describe("countedBy", () => {
  it("says whom each kind of service counts", () => {
    expect(countedBy({ mode: "timed", priceUnit: "per_hour" })).toBe("children_cared_for");
    expect(countedBy({ mode: "timed", priceUnit: "per_child" })).toBe("children");
    expect(countedBy({ mode: "on_request", priceUnit: "per_child" })).toBe("children");
    expect(countedBy({ mode: "timed", priceUnit: "per_person" })).toBe("people");
    expect(countedBy({ mode: "ticket", priceUnit: "per_person" })).toBe("people");
    expect(countedBy({ mode: "on_request", priceUnit: "per_booking" })).toBe("group");
    expect(countedBy({ mode: "rental", priceUnit: "per_day" })).toBe("units");
  });
});

describe("headlinePrice", () => {
  const base = { complimentary: false, durationMinutes: null, minAge: null };
  it("an hourly carer: the whole session per child cared for", () => {
    expect(headlinePrice({ ...base, mode: "timed", priceUnit: "per_hour", priceMinor: 1800, durationMinutes: 180 }, bands)).toEqual([
      { key: "per_child_cared_for", amountMinor: 5400, params: { hours: 3, hourlyMinor: 1800 } },
    ]);
  });
  it("per child: the bands' own prices, the full price only from the age no band covers, under 3 free", () => {
    expect(headlinePrice({ ...base, mode: "on_request", priceUnit: "per_child", priceMinor: 1200 }, bands)).toEqual([
      { key: "child_band", amountMinor: 600, params: { minAge: 3, maxAge: 11 } },
      { key: "child_from", amountMinor: 1200, params: { minAge: 12 } },
      { key: "child_free", amountMinor: null, params: { minAge: 0, maxAge: 2, below: 3 } },
    ]);
  });
  it("leaves out the bands below the minimum age", () => {
    expect(headlinePrice({ ...base, mode: "timed", priceUnit: "per_child", priceMinor: 1500, minAge: 3 }, bands)).toEqual([
      { key: "child_band", amountMinor: 750, params: { minAge: 3, maxAge: 11 } },
      { key: "child_from", amountMinor: 1500, params: { minAge: 12 } },
    ]);
    expect(headlinePrice({ ...base, mode: "timed", priceUnit: "per_person", priceMinor: 2900, minAge: 6 }, bands)).toEqual([
      { key: "per_person", amountMinor: 2900 },
      { key: "child_band", amountMinor: 1450, params: { minAge: 6, maxAge: 11 } },
    ]);
  });
  it("without bands, the plain price; complimentary stays complimentary", () => {
    expect(headlinePrice({ ...base, mode: "timed", priceUnit: "per_child", priceMinor: 1500 }, [])).toEqual([{ key: "per_child", amountMinor: 1500 }]);
    expect(headlinePrice({ ...base, mode: "on_request", priceUnit: "per_booking", priceMinor: 6500 }, bands)).toEqual([{ key: "per_group", amountMinor: 6500 }]);
    expect(headlinePrice({ ...base, complimentary: true, mode: "timed", priceUnit: "per_person", priceMinor: 0 }, bands)).toEqual([{ key: "complimentary", amountMinor: null }]);
  });
});
