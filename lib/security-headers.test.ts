import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this response's nonce run, and what they load ('strict-dynamic')", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "bm9uY2U=", development: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("never allows inline scripts; eval only under `next dev`", () => {
    for (const development of [false, true]) {
      const script = directives(contentSecurityPolicy({ nonce: "n", development, https: true })).get("script-src")!;
      expect(script).not.toContain("'unsafe-inline'");
      expect(script.includes("'unsafe-eval'")).toBe(development);
    }
  });

  it("upgrades insecure requests only when PUBLIC_URL is https", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", development: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only when PUBLIC_URL is https", () => {
    const names = (https: boolean) => securityHeaders({ nonce: "n", development: false, https }).map(([name]) => name);
    expect(names(false)).toEqual(["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]);
    expect(names(true)).toContain("Strict-Transport-Security");
  });

  it("denies framing and sniffing, trims referrers and switches off powerful features", () => {
    const headers = new Map(securityHeaders({ nonce: "n", development: false, https: true }));
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toMatch(/(^|, )camera=\(\)/);
    expect(headers.get("Permissions-Policy")).toMatch(/(^|, )geolocation=\(\)/);
    expect(headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}/);
  });
});
