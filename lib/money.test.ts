// Unit tests of minor/major currency units.
import { describe, expect, it } from "vitest";
import { fractionDigits, toMajor } from "./money";

describe("fractionDigits", () => {
  it.each([
    ["EUR", 2],
    ["USD", 2],
    ["JPY", 0],
    ["KWD", 3],
  ])("%s has %i minor digits", (currency, digits) => {
    expect(fractionDigits(currency)).toBe(digits);
    // Second call comes from the cache and must agree.
    expect(fractionDigits(currency)).toBe(digits);
  });

  it("rejects a code that is not a currency", () => {
    expect(() => fractionDigits("EURO")).toThrow(RangeError);
  });
});

describe("toMajor", () => {
  it("divides by 100 for EUR", () => {
    expect(toMajor(1999, "EUR")).toBe(19.99);
    expect(toMajor(3500, "EUR")).toBe(35);
    expect(toMajor(0, "EUR")).toBe(0);
  });

  it("leaves JPY as is", () => {
    expect(toMajor(1999, "JPY")).toBe(1999);
  });

  it("divides by 1000 for KWD", () => {
    expect(toMajor(1234, "KWD")).toBe(1.234);
  });

  it("formats to the expected string with Intl", () => {
    const eur = new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(toMajor(3500, "EUR"));
    const jpy = new Intl.NumberFormat("en", { style: "currency", currency: "JPY" }).format(toMajor(3500, "JPY"));
    expect(eur).toBe("€35.00");
    expect(jpy).toBe("¥3,500");
  });
});
