import { describe, expect, it } from "vitest";
import { bookingInput } from "./booking-input";

const base = { serviceSlug: "horse-riding", sessionId: "0b6f6a53-8f3c-4c1e-9a35-3b1e1c7f2d10" };

describe("bookingInput", () => {
  it("accepts a form's string quantity and a JSON number", () => {
    expect(bookingInput.parse({ ...base, quantity: "2" }).quantity).toBe(2);
    expect(bookingInput.parse({ ...base, quantity: 3 }).quantity).toBe(3);
  });

  it.each([[""], ["0"], ["-1"], ["1e9"], ["abc"], ["NaN"], [true], [[1]], [{}], [null], [1.5], [51]])(
    "refuses quantity %j",
    (quantity) => {
      expect(bookingInput.safeParse({ ...base, quantity }).success).toBe(false);
    },
  );

  it("refuses stray fields such as a price or a status", () => {
    expect(bookingInput.safeParse({ ...base, quantity: 1, price: 0 }).success).toBe(false);
    expect(bookingInput.safeParse({ ...base, quantity: 1, status: "confirmed" }).success).toBe(false);
  });

  it("treats an empty session, note and due time as absent", () => {
    expect(bookingInput.parse({ serviceSlug: "crib", sessionId: "", note: "", dueAt: "", quantity: "1" })).toEqual({
      serviceSlug: "crib",
      quantity: 1,
    });
  });

  it("refuses a 10 000-character note and a malformed due time", () => {
    expect(bookingInput.safeParse({ ...base, quantity: 1, note: "x".repeat(10_000) }).success).toBe(false);
    expect(bookingInput.safeParse({ serviceSlug: "crib", quantity: 1, dueAt: "tomorrow" }).success).toBe(false);
  });
});
