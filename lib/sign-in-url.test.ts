// Unit tests of the room card's sign-in address.
import { describe, expect, it } from "vitest";
import { displayHost, signInUrl } from "./sign-in-url";

describe("signInUrl", () => {
  it("builds the absolute address from the host, honouring a proxy's scheme", () => {
    expect(signInUrl("FAM-1001", "127.0.0.1:3220", null)).toBe("http://127.0.0.1:3220/signin?code=FAM-1001");
    expect(signInUrl("A/B 1", "Hotel.Example", "https, http")).toBe("https://hotel.example/signin?code=A%2FB%201");
    expect(signInUrl("X", "[::1]:3000", "ftp")).toBe("http://[::1]:3000/signin?code=X");
  });
  it("falls back to a relative address for a missing or malformed host", () => {
    expect(signInUrl("X", null, null)).toBe("/signin?code=X");
    expect(signInUrl("X", "evil.example/<script>", null)).toBe("/signin?code=X");
  });
  it("shows the address without scheme and query", () => {
    expect(displayHost("https://hotel.example/signin?code=X")).toBe("hotel.example/signin");
  });
});
