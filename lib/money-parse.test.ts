// Unit tests of reading amounts and percentages typed into back-office forms.
import { describe, expect, it } from "vitest";
import { formatBpPercent, formatMinorPlain, parseMinor, parsePercentBp, parseScaled } from "./money";

describe("parseMinor", () => {
  it.each([
    ["12.50", "EUR", 1250],
    ["12,5", "EUR", 1250],
    ["12", "EUR", 1200],
    [" 0.29 ", "EUR", 29],
    ["0", "EUR", 0],
    ["1999", "JPY", 1999],
    ["1.234", "KWD", 1234],
  ])("%j %s → %i", (input, currency, minor) => {
    expect(parseMinor(input, currency)).toBe(minor);
  });

  it.each(["", "-1", "1.234", "1e3", "abc", "1.2.3", "12.", ".5", "NaN", "Infinity", "1 000", "0x10"])("refuses %j in EUR", (input) => {
    expect(parseMinor(input, "EUR")).toBeNull();
  });

  it("refuses decimals in a currency without minor units", () => {
    expect(parseMinor("12.5", "JPY")).toBeNull();
  });

  it("refuses amounts beyond safe integers", () => {
    expect(parseScaled("999999999999", 6)).toBeNull();
  });
});

describe("formatMinorPlain", () => {
  it("round-trips through parseMinor", () => {
    for (const [minor, currency] of [
      [1250, "EUR"],
      [5, "EUR"],
      [0, "EUR"],
      [1999, "JPY"],
      [1234, "KWD"],
    ] as const) {
      const text = formatMinorPlain(minor, currency);
      expect(parseMinor(text, currency)).toBe(minor);
    }
    expect(formatMinorPlain(1250, "EUR")).toBe("12.50");
    expect(formatMinorPlain(5, "EUR")).toBe("0.05");
  });
});

describe("percent and basis points", () => {
  it.each([
    ["19", 1900],
    ["7.5", 750],
    ["0", 0],
    ["100", 10_000],
    ["12,25", 1225],
  ])("%j → %i bp", (input, bp) => {
    expect(parsePercentBp(input)).toBe(bp);
    expect(parsePercentBp(formatBpPercent(bp))).toBe(bp);
  });

  it.each(["100.01", "101", "-5", "7.125", ""])("refuses %j", (input) => {
    expect(parsePercentBp(input)).toBeNull();
  });
});
