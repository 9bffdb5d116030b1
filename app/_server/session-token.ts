// The session cookie, read straight from the request: who the browser says it is (kind, session id, subject id).
// Auth.js's `auth()` answers the same from a server component or route handler, but runs its whole session endpoint
// to do it — a Request, cookie parsing, the JWE decrypted with a key derived anew, the callbacks, and a re-encrypted
// cookie that is then thrown away (a server component cannot set cookies). Here the cookie is decrypted once per
// process and remembered until it expires. Whether the session still holds — signed out, account disabled, stay
// over — is not the cookie's to say: app/_server/session.ts checks the auth_sessions row on every request.
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth-secret";

export type SessionToken = { kind: "guest" | "staff"; sid: string; subjectId: string };

// Auth.js's cookie names: the __Secure- one on https, the plain one on http. The name is also the key's salt.
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

// Decrypted cookies by value, oldest first; bounded so that a flood of distinct cookies cannot grow it.
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { token: SessionToken; expiresAt: number }>();

/** The token in a session cookie's value, or null when it is not ours, tampered with, incomplete or expired. */
export async function decodeSessionCookie(name: string, value: string): Promise<SessionToken | null> {
  const key = `${name}\n${value}`;
  const known = remembered.get(key);
  if (known) {
    if (known.expiresAt > Date.now()) return known.token;
    remembered.delete(key);
    return null;
  }
  let payload: { kind?: unknown; sid?: unknown; sub?: unknown; exp?: unknown } | null;
  try {
    payload = await decode({ token: value, secret: authSecret(), salt: name });
  } catch {
    return null;
  }
  const kind = payload?.kind;
  if (!payload || (kind !== "guest" && kind !== "staff") || typeof payload.sid !== "string" || typeof payload.sub !== "string") return null;
  const token: SessionToken = { kind, sid: payload.sid, subjectId: payload.sub };
  if (typeof payload.exp === "number") {
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, { token, expiresAt: payload.exp * 1000 });
  }
  return token;
}

/** The request's session token, or null. A cookie too long for one piece comes in chunks `<name>.0`, `<name>.1`, … */
export async function readSessionToken(): Promise<SessionToken | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    let value = jar.get(name)?.value;
    if (!value) {
      const chunks: string[] = [];
      for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!.value);
      value = chunks.join("");
    }
    if (value) return decodeSessionCookie(name, value);
  }
  return null;
}
