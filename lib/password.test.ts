// Unit tests of generated staff passwords.
import { describe, expect, it } from "vitest";
import { generatePassword, PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, passwordByteLength } from "./password";

describe("generatePassword", () => {
  it("meets the policy and is different every time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
      expect(password.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
      expect(passwordByteLength(password)).toBeLessThanOrEqual(PASSWORD_MAX_BYTES);
      expect(password).not.toMatch(/[01lIO]/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
