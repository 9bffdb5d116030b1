// proxy.ts called as Next.js calls it, with PUBLIC_URL and TRUST_PROXY set both ways: the security headers on every kind
// of answer, the nonce handed on to the render, forwarded headers dropped unless a proxy is declared, and Server Action
// requests refused with a 4xx for a foreign origin or a body React cannot decode. (e2e/security-headers.spec.ts and
// e2e/forwarded-headers.spec.ts check the same against the built app.)
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

type Proxy = typeof import("@/proxy").proxy;

async function loadProxy(vars: Record<string, string>): Promise<Proxy> {
  // lib/env.ts parses the environment once per module instance.
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return (await import("@/proxy")).proxy;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const APP = "http://127.0.0.1:3300";

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | FormData } = {}): NextRequest {
  return new NextRequest(`${APP}${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body });
}

/** What the render will see of a request header, after proxy.ts: its value, or null when dropped. */
function forwardedToApp(response: Response, name: string): string | null | undefined {
  const overridden = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  if (!overridden.includes(name)) return null;
  return response.headers.get(`x-middleware-request-${name}`);
}

const ACTION_ID = "7f20d371c3bad5e090064de909ba93955eef0f4c69";

function action(body: string | FormData, headers: Record<string, string> = {}): NextRequest {
  return request("/requests", {
    method: "POST",
    headers: { "next-action": ACTION_ID, origin: APP, cookie: "authjs.session-token=x", ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}), ...headers },
    body,
  });
}

describe("security headers", () => {
  it("are on every answer: a page, a redirect to sign-in, an API call, a static file, a refusal", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    const answers = [
      await proxy(request("/")),
      await proxy(request("/stay")),
      await proxy(request("/api/v1/catalogue")),
      await proxy(request("/_next/static/chunks/app.js")),
      await proxy(action("garbage")),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 307, 200, 200, 400]);
    for (const answer of answers) {
      expect(answer.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(answer.headers.get("permissions-policy")).toContain("camera=()");
      expect(answer.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("hand a fresh nonce to the render with each request, the same one the browser gets", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    const [a, b] = [await proxy(request("/")), await proxy(request("/"))];
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy")!)![1];
    expect(nonce(a)).not.toBe(nonce(b));
    expect(forwardedToApp(a, "x-nonce")).toBe(nonce(a));
    expect(forwardedToApp(a, "content-security-policy")).toBe(a.headers.get("content-security-policy"));
  });

  it("add HSTS and upgrade-insecure-requests when PUBLIC_URL is https", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: "https://guests.hotel.example" });
    const answer = await proxy(request("/"));
    expect(answer.headers.get("strict-transport-security")).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(answer.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("forwarded headers", () => {
  const forwarding = {
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-for": "203.0.113.66",
    "x-forwarded-port": "443",
    "x-real-ip": "203.0.113.66",
    forwarded: "for=203.0.113.66;host=evil.example",
  };

  it("are dropped before the app sees them when no proxy is declared", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    const answer = await proxy(request("/", { headers: { ...forwarding, "accept-language": "hu" } }));
    for (const name of Object.keys(forwarding)) expect(forwardedToApp(answer, name), name).toBeNull();
    expect(forwardedToApp(answer, "accept-language")).toBe("hu");
  });

  it("reach the app unchanged behind a declared proxy (TRUST_PROXY=1)", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP, TRUST_PROXY: "1" });
    const answer = await proxy(request("/", { headers: forwarding }));
    for (const [name, value] of Object.entries(forwarding)) expect(forwardedToApp(answer, name), name).toBe(value);
  });
});

describe("cross-site requests", () => {
  const evil = { origin: "http://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };

  it("without a declared proxy: a foreign Origin is refused (403) even when X-Forwarded-Host agrees with it", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    for (const headers of [{ origin: "http://evil.example" }, evil, { origin: "null" }, { origin: "http://127.0.0.1:3300.evil.example" }]) {
      const answer = await proxy(action("[]", headers));
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(await answer.json()).toMatchObject({ status: 403, code: "auth:forbidden" });
    }
    // The REST API too (the route checks again), and any other unsafe method.
    expect((await proxy(request("/api/v1/bookings/x/cancel", { method: "POST", headers: evil }))).status).toBe(403);
    expect((await proxy(request("/api/v1/waitlist/x", { method: "DELETE", headers: evil }))).status).toBe(403);
    // PUBLIC_URL's origin passes; so does a request without Origin (not a browser's cross-site request), and a GET.
    expect((await proxy(action("[]", { origin: APP }))).status).toBe(200);
    expect((await proxy(request("/api/v1/bookings/x/cancel", { method: "POST" }))).status).toBe(200);
    expect((await proxy(request("/stay", { headers: { ...evil, cookie: "authjs.session-token=x" } }))).status).toBe(200);
  });

  it("behind a declared proxy: the forwarded origin passes, any other is refused", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: "https://guests.hotel.example", TRUST_PROXY: "1" });
    expect((await proxy(action("[]", evil))).status).toBe(200);
    expect((await proxy(action("[]", { ...evil, origin: "https://evil.example" }))).status).toBe(403);
    expect((await proxy(action("[]", { origin: "http://evil.example", "x-forwarded-host": "guests.hotel.example", "x-forwarded-proto": "https" }))).status).toBe(403);
    expect((await proxy(action("[]", { origin: "https://guests.hotel.example", host: "10.0.0.5:3000" }))).status).toBe(200);
  });

  it("leaves Bearer-token calls to the REST wrapper (no browser attaches a token by itself)", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    const answer = await proxy(request("/api/v1/staff/requests/x/status", { method: "POST", headers: { origin: "http://evil.example", authorization: "Bearer x" } }));
    expect(answer.status).toBe(200);
  });
});

describe("Server Action bodies", () => {
  it("refuses what React cannot decode with a 400, and lets a well-formed call through", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    for (const body of ["garbage{{", '["$Q1"]', '{"id":1}', ""]) {
      const answer = await proxy(action(body));
      expect(answer.status, body).toBe(400);
      expect(await answer.json()).toMatchObject({ code: "input:malformed" });
    }
    const broken = await proxy(action("garbage", { "content-type": "multipart/form-data; boundary=xyz" }));
    expect(broken.status).toBe(400);

    const form = new FormData();
    form.set("0", '["$undefined","$K1"]');
    form.set("_1_id", "0b0e5a52-7c1e-4a8e-9a0c-3f7d6c1c2a10");
    expect((await proxy(action(form))).status).toBe(200);
    expect((await proxy(action('["$undefined",{"a":"$$b"}]'))).status).toBe(200);
  });

  it("refuses a form posted before hydration whose multipart body cannot be read", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    const answer = await proxy(request("/requests", { method: "POST", headers: { origin: APP, "content-type": "multipart/form-data; boundary=xyz" }, body: "--xyz\r\nbroken" }));
    expect(answer.status).toBe(400);
  });

  it("refuses a body over the Server Action size limit with a 413", async () => {
    const proxy = await loadProxy({ PUBLIC_URL: APP });
    const answer = await proxy(action(`["${"x".repeat(3 * 1024 * 1024)}"]`));
    expect(answer.status).toBe(413);
  });
});
