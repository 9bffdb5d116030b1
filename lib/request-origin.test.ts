import { describe, expect, it } from "vitest";
import { appOrigins, clientAddress, isAppOrigin } from "./request-origin";

const direct = { trustProxy: false, publicUrl: "https://guests.hotel.example" };
const behindProxy = { trustProxy: true, publicUrl: "https://guests.hotel.example" };

describe("appOrigins / isAppOrigin", () => {
  const forged = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" });

  it("without a declared proxy, is PUBLIC_URL's origin only, whatever X-Forwarded-Host says", () => {
    expect(appOrigins(forged, direct)).toEqual(["https://guests.hotel.example"]);
    expect(isAppOrigin("http://evil.example", forged, direct)).toBe(false);
    expect(isAppOrigin("https://guests.hotel.example", forged, direct)).toBe(true);
    // Not even the Host header: the origin check compares with PUBLIC_URL.
    expect(isAppOrigin("http://127.0.0.1:3000", forged, direct)).toBe(false);
  });

  it("behind a declared proxy, is also the origin the proxy forwarded", () => {
    const proxied = new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "guests.other-name.example, inner", "x-forwarded-proto": "https,http" });
    expect(appOrigins(proxied, behindProxy)).toEqual(["https://guests.hotel.example", "https://guests.other-name.example"]);
    expect(isAppOrigin("https://guests.other-name.example", proxied, behindProxy)).toBe(true);
    expect(isAppOrigin("http://guests.other-name.example", proxied, behindProxy)).toBe(false);
    expect(isAppOrigin("http://evil.example", proxied, behindProxy)).toBe(false);
  });

  it("behind a declared proxy that sent no X-Forwarded-Host, uses Host with the forwarded scheme; an odd scheme adds nothing", () => {
    expect(appOrigins(new Headers({ host: "guests.hotel.example:8443", "x-forwarded-proto": "https" }), behindProxy)).toEqual([
      "https://guests.hotel.example",
      "https://guests.hotel.example:8443",
    ]);
    expect(appOrigins(new Headers({ host: "x.example", "x-forwarded-proto": "javascript" }), behindProxy)).toEqual(["https://guests.hotel.example"]);
  });

  it("a loopback PUBLIC_URL (the default) is the app under each loopback name, with the same scheme and port only", () => {
    const local = { trustProxy: false, publicUrl: "http://localhost:3000" };
    expect(appOrigins(new Headers(), local)).toEqual(["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]);
    expect(isAppOrigin("http://127.0.0.1:3000", forged, local)).toBe(true);
    for (const other of ["http://127.0.0.1:3001", "https://127.0.0.1:3000", "http://127.0.0.2:3000", "http://evil.example", "http://localhost.evil.example:3000"]) {
      expect(isAppOrigin(other, forged, local), other).toBe(false);
    }
    // A public PUBLIC_URL gets no aliases.
    expect(appOrigins(new Headers(), { trustProxy: false, publicUrl: "https://127.0.0.1.nip.io" })).toEqual(["https://127.0.0.1.nip.io"]);
  });

  it("compares whole origins: scheme, host and port; default ports and letter case do not matter", () => {
    expect(isAppOrigin("https://GUESTS.hotel.example:443", new Headers(), direct)).toBe(true);
    expect(isAppOrigin("https://guests.hotel.example/some/path", new Headers(), direct)).toBe(true);
    for (const other of ["http://guests.hotel.example", "https://guests.hotel.example:8443", "https://guests.hotel.example.evil.example", "https://evil.example"]) {
      expect(isAppOrigin(other, new Headers(), direct), other).toBe(false);
    }
  });

  it("never matches an opaque or malformed origin", () => {
    for (const odd of ["null", "", "not a url", "data:text/html,hi", "file:///etc/passwd"]) expect(isAppOrigin(odd, new Headers(), direct), odd).toBe(false);
  });
});

describe("clientAddress", () => {
  it("is the last X-Forwarded-For entry: what the nearest proxy (or Next.js, from the socket) wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }), direct)).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }), behindProxy)).toBe("203.0.113.7");
  });

  it("believes X-Real-IP only behind a declared proxy", () => {
    const realIp = new Headers({ "x-real-ip": "198.51.100.9" });
    expect(clientAddress(realIp, direct)).toBeNull();
    expect(clientAddress(realIp, behindProxy)).toBe("198.51.100.9");
    expect(clientAddress(new Headers(), behindProxy)).toBeNull();
  });
});
