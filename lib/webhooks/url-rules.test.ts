// Unit tests of the webhook URL and address rules (no server-side request forgery) and of the retry policy's numbers.
import { describe, expect, it } from "vitest";
import { backoffSeconds, MAX_ATTEMPTS, PAUSE_AFTER_FAILURES, PAUSE_AFTER_HOURS, shouldPause } from "./retry-policy";
import { checkWebhookUrl, isPublicAddress, type UrlPolicy } from "./url-rules";

const production: UrlPolicy = { allowHttp: false, allowPrivate: false, production: true };
const development: UrlPolicy = { allowHttp: false, allowPrivate: false, production: false };
const operatorAllows: UrlPolicy = { allowHttp: true, allowPrivate: true, production: true };

const problem = (url: string, policy: UrlPolicy) => {
  const r = checkWebhookUrl(url, policy);
  return r.ok ? "ok" : r.problem;
};

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.64.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "192.0.2.10",
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1", // IPv4-mapped loopback
    "::ffff:10.0.0.1",
    "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
    "2002:7f00:1::1", // 6to4 of 127.0.0.1
    "not an address",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("checkWebhookUrl", () => {
  it("allows https to a public host everywhere", () => {
    expect(problem("https://pms.example.com/hooks/guest-services", production)).toBe("ok");
    expect(problem("https://93.184.216.34:8443/x", production)).toBe("ok");
  });

  it("refuses plain http in production, and in development allows it for localhost only", () => {
    expect(problem("http://pms.example.com/hooks", production)).toBe("https_required");
    expect(problem("http://localhost:3000/hooks", production)).toBe("https_required");
    expect(problem("http://pms.example.com/hooks", development)).toBe("https_required");
    // In development http to localhost passes the scheme rule; the address rule still needs the operator's setting.
    expect(problem("http://localhost:4000/hooks", development)).toBe("private_address");
    expect(problem("http://127.0.0.1:4000/hooks", { ...development, allowPrivate: true })).toBe("ok");
    expect(problem("http://pms.example.com/hooks", { ...production, allowHttp: true })).toBe("ok");
  });

  it.each([
    "https://127.0.0.1/hooks",
    "https://localhost/hooks",
    "https://api.localhost/hooks",
    "https://10.1.2.3/hooks",
    "https://169.254.169.254/latest/meta-data",
    "https://[::1]/hooks",
    "https://[::ffff:7f00:1]/hooks",
    // WHATWG URL parsing turns these spellings into 127.0.0.1: the rule sees what will be connected to.
    "https://2130706433/hooks",
    "https://0x7f.1/hooks",
    "https://127.1/hooks",
  ])("refuses %s without WEBHOOKS_ALLOW_PRIVATE", (url) => {
    expect(problem(url, production)).toBe("private_address");
    expect(problem(url, operatorAllows)).toBe("ok");
  });

  it("refuses credentials in the URL, other schemes and things that are not URLs", () => {
    expect(problem("https://user:pass@pms.example.com/hooks", operatorAllows)).toBe("credentials");
    expect(problem("ftp://pms.example.com/hooks", operatorAllows)).toBe("scheme");
    expect(problem("file:///etc/passwd", operatorAllows)).toBe("scheme");
    expect(problem("javascript:alert(1)", operatorAllows)).toBe("scheme");
    expect(problem("pms.example.com/hooks", operatorAllows)).toBe("invalid");
    expect(problem("", operatorAllows)).toBe("invalid");
    expect(problem(`https://pms.example.com/${"a".repeat(2_100)}`, operatorAllows)).toBe("invalid");
  });
});

describe("retry policy", () => {
  it("backs off 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h, and gives up after about 20 hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 14].map(backoffSeconds)).toEqual([30, 120, 600, 1_800, 3_600, 7_200, 7_200, 7_200]);
    const waits = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => backoffSeconds(i + 1)).reduce((a, b) => a + b, 0);
    expect(waits / 3600).toBeGreaterThan(19);
    expect(waits / 3600).toBeLessThan(21);
  });

  it("pauses only after both enough failures in a row and enough time failing", () => {
    const since = new Date("2026-06-15T00:00:00Z");
    const at = (h: number) => new Date(since.getTime() + h * 3_600_000);
    expect(shouldPause(PAUSE_AFTER_FAILURES, since, at(PAUSE_AFTER_HOURS))).toBe(true);
    expect(shouldPause(PAUSE_AFTER_FAILURES - 1, since, at(48))).toBe(false);
    expect(shouldPause(500, since, at(PAUSE_AFTER_HOURS - 0.01))).toBe(false);
  });
});
