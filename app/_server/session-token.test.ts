import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth-secret";
import { decodeSessionCookie } from "./session-token";

const NAME = "authjs.session-token";
const claims = { sub: "9f1c2c1e-0000-4000-8000-000000000001", kind: "guest", sid: "9f1c2c1e-0000-4000-8000-000000000002" };

function cookie(token: Record<string, unknown>, options: { salt?: string; maxAge?: number; secret?: string } = {}): Promise<string> {
  return encode({ token, secret: options.secret ?? authSecret(), salt: options.salt ?? NAME, maxAge: options.maxAge });
}

afterEach(() => vi.useRealTimers());

describe("decodeSessionCookie", () => {
  it("reads what Auth.js wrote: the kind, the session id and the subject", async () => {
    expect(await decodeSessionCookie(NAME, await cookie(claims))).toEqual({ kind: "guest", sid: claims.sid, subjectId: claims.sub });
  });

  it("refuses a cookie sealed with another secret, under another name, tampered with, or not a token at all", async () => {
    expect(await decodeSessionCookie(NAME, await cookie(claims, { secret: "another-secret-another-secret-another" }))).toBeNull();
    expect(await decodeSessionCookie(NAME, await cookie(claims, { salt: "__Secure-authjs.session-token" }))).toBeNull();
    const good = await cookie(claims);
    const flipped = good.slice(0, -3) + (good.at(-3) === "A" ? "B" : "A") + good.slice(-2);
    expect(await decodeSessionCookie(NAME, flipped)).toBeNull();
    expect(await decodeSessionCookie(NAME, "not-a-token")).toBeNull();
  });

  it("refuses a token without a known kind, a session id or a subject", async () => {
    expect(await decodeSessionCookie(NAME, await cookie({ ...claims, kind: "admin" }))).toBeNull();
    expect(await decodeSessionCookie(NAME, await cookie({ sub: claims.sub, kind: "staff" }))).toBeNull();
  });

  it("stops answering for a remembered cookie once it expires", async () => {
    const value = await cookie({ ...claims, sid: "9f1c2c1e-0000-4000-8000-000000000003" }, { maxAge: 60 });
    expect(await decodeSessionCookie(NAME, value)).not.toBeNull();
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ["Date"] });
    expect(await decodeSessionCookie(NAME, value)).toBeNull();
  });

  it("refuses an expired cookie it never saw", async () => {
    const value = await cookie(claims, { maxAge: 60 });
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    expect(await decodeSessionCookie(NAME, value)).toBeNull();
  });
});
