import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

function wrapped(cause: unknown): Error {
  return Object.assign(new Error("Failed query: select 1"), { cause });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    ["ECONNREFUSED"],
    ["ECONNRESET"],
    ["CONNECT_TIMEOUT"],
    ["CONNECTION_CLOSED"],
    ["CONNECTION_ENDED"],
    ["57P01"],
    ["57P03"],
    ["08006"],
    ["08001"],
  ])("recognises %s, also wrapped by drizzle", (code) => {
    const err = Object.assign(new Error(code), { code });
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(err))).toBe(true);
  });

  it.each([["23505"], ["40001"], ["22P02"], ["42P01"]])("leaves %s (a query's own error) alone", (code) => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error(code), { code })))).toBe(false);
  });

  it("leaves errors without a code alone", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});
