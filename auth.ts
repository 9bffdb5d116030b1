// Auth.js: guests sign in with reservation code + surname, staff with email + password or through the hotel's
// identity provider (OpenID Connect, when OIDC_* is set); JWT cookies that carry the id of an auth_sessions row.
import "server-only";
import bcrypt from "bcryptjs";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { z } from "zod";
import { createAuthSession, GUEST_GRACE_DAYS, revokeAuthSession } from "@/server/auth/sessions";
import { findStaffByEmail, findStayByCode } from "@/server/auth/sign-in-lookup";
import { admitAttempt, guestKeys, recordFailure, staffKeys } from "@/server/auth/sign-in-throttle";
import { writeAudit } from "@/server/auth/audit-log";
import { setStayLocale } from "@/server/stays/guest-locale";
import { authSecret } from "@/lib/auth-secret";
import { env, oidcConfig } from "@/lib/env";
import { logger } from "@/lib/log";
import { requestLocale } from "@/app/_server/request-locale";
import { clientAddress } from "@/lib/request-origin";
import { addDays, hotelToday } from "@/lib/time";
import { PASSWORD_HASH_COST } from "@/lib/password";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class Throttled extends CredentialsSignin {
  code = "throttled";
}
class PasswordOff extends CredentialsSignin {
  code = "password_off";
}

/** The id of the OpenID Connect provider in Auth.js (its callback is /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = "oidc";

/** Where a refused single sign-on lands: the staff sign-in page with the reason (shown there in words). */
export type SsoRefusal = "unknown" | "disabled" | "unverified";
const refused = (reason: SsoRefusal) => `/staff/signin?error=sso_${reason}`;

/** The hotel's identity provider, configured by environment; none when OIDC_* is unset. */
function oidcProviders(): Provider[] {
  const config = oidcConfig();
  if (!config) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: config.name,
      type: "oidc",
      issuer: config.issuer,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      // PKCE, state and nonce: the answer must belong to this browser's own attempt. The ID token's issuer, audience
      // and signature are checked by Auth.js (oauth4webapi) against the issuer's discovery document, whose own
      // "issuer" must equal OIDC_ISSUER.
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
    },
  ];
}

export const guestCredentials = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .transform((v) => v.toUpperCase()),
  surname: z.string().trim().min(1).max(100),
});

export const staffCredentials = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown, so both answers take as long. Made on first use, asynchronously and at
// the cost real hashes have: a hashSync at module load blocked every instance's event loop (once per bundle) at start.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= bcrypt.hash("not-a-real-password", PASSWORD_HASH_COST);
  return dummyHash;
}

/** The client's address (X-Forwarded-For counts only behind a declared proxy), for the sign-in throttle. */
function clientOf(request: Request | undefined): string | null {
  return (request && clientAddress(request.headers, { trustProxy: env().TRUST_PROXY })) || null;
}

/** A staff member's session after a successful sign-in, audited with how they signed in. */
async function startStaffSession(
  staff: { id: string; propertyId: string; role: string | null },
  method: "password" | "oidc",
): Promise<string> {
  const sid = await createAuthSession("staff", staff.id);
  await writeAudit({ propertyId: staff.propertyId, actorKind: "staff", actorId: staff.id, role: staff.role, action: "staff.sign_in", outcome: "ok", detail: { method } });
  return sid;
}

function pick(credentials: Partial<Record<string, unknown>>, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => credentials[k] !== undefined).map((k) => [k, credentials[k]]));
}

/** Exported for e2e/bench/session.ts, which measures Auth.js's own session read against app/_server/session-token.ts. */
export const authConfig = {
  secret: authSecret(),
  // Auth.js takes its own URL from X-Forwarded-Host / -Proto or Host. proxy.ts drops the forwarded ones unless
  // TRUST_PROXY declares a reverse proxy, so what reaches here is either the proxy's word or the connection's own.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  // A failed single sign-on (the provider unreachable, a wrong issuer, a cancelled login) lands on the staff page
  // with Auth.js's error code; guests sign in with credentials only, which never redirect to an error page.
  pages: { signIn: "/signin", error: "/staff/signin" },
  logger: {
    // A wrong code or password is an expected answer, already in the audit log; not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      logger("auth").error({ err: error }, "sign-in failed");
    },
  },
  providers: [
    Credentials({
      id: "guest",
      credentials: { code: {}, surname: {} },
      async authorize(raw, request) {
        const parsed = guestCredentials.safeParse(pick(raw, ["code", "surname"]));
        if (!parsed.success) throw new InvalidCredentials();
        const { code, surname } = parsed.data;
        const keys = guestKeys(code, surname, clientOf(request));
        if (!(await admitAttempt(keys))) {
          await writeAudit({ actorKind: "guest", action: "guest.sign_in", outcome: "throttled" });
          throw new Throttled();
        }
        const stay = await findStayByCode(code, surname);
        const over = stay && hotelToday(stay.timeZone) > addDays(stay.checkOut, GUEST_GRACE_DAYS);
        if (!stay || over) {
          await recordFailure(keys);
          await writeAudit({ actorKind: "guest", action: "guest.sign_in", outcome: "failed" });
          // Wrong code, wrong surname and a finished stay all get the same answer.
          throw new InvalidCredentials();
        }
        const sid = await createAuthSession("guest", stay.id);
        // The language the guest reads the app in goes on the stay, for emails and staff.
        const locale = await requestLocale().catch(() => null);
        if (locale) await setStayLocale(stay.id, locale);
        await writeAudit({
          propertyId: stay.propertyId,
          actorKind: "guest",
          actorId: stay.id,
          role: "guest",
          action: "guest.sign_in",
          outcome: "ok",
        });
        return { id: stay.id, kind: "guest", sid };
      },
    }),
    Credentials({
      id: "staff",
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = staffCredentials.safeParse(pick(raw, ["email", "password"]));
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const keys = staffKeys(email, clientOf(request));
        if (!(await admitAttempt(keys))) {
          await writeAudit({ actorKind: "staff", action: "staff.sign_in", outcome: "throttled" });
          throw new Throttled();
        }
        const staff = await findStaffByEmail(email);
        const ok = await bcrypt.compare(password, staff?.passwordHash ?? (await dummy()));
        if (staff && ok && staff.active && !staff.passwordSignIn) {
          // The property signs its staff in through its identity provider only; the right password changes nothing.
          await writeAudit({
            propertyId: staff.propertyId,
            actorKind: "staff",
            actorId: staff.id,
            action: "staff.sign_in",
            outcome: "denied",
            detail: { method: "password", reason: "password_sign_in_off" },
          });
          throw new PasswordOff();
        }
        if (!staff || !ok || !staff.active) {
          await recordFailure(keys);
          await writeAudit({
            propertyId: staff?.propertyId,
            actorKind: "staff",
            actorId: staff?.id,
            action: "staff.sign_in",
            outcome: "failed",
            detail: { method: "password" },
          });
          throw new InvalidCredentials();
        }
        const sid = await startStaffSession(staff, "password");
        return { id: staff.id, kind: "staff", sid };
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    /**
     * Single sign-on: the identity provider vouches for an email; the staff account with that (verified) email, if
     * active, is who signs in. No account is ever created or given a role from the provider's word. The session is
     * the app's own auth_sessions row, like a password sign-in's, so signing out and disabling take effect at once.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const email = typeof profile?.email === "string" ? profile.email.trim().toLowerCase() : "";
      const verified = profile?.email_verified === true || String(profile?.email_verified) === "true";
      const staff = email && verified ? await findStaffByEmail(email) : null;
      const reason: SsoRefusal | null = !email || !verified ? "unverified" : !staff ? "unknown" : !staff.active ? "disabled" : null;
      if (reason || !staff) {
        await writeAudit({
          propertyId: staff?.propertyId,
          actorKind: "staff",
          actorId: staff?.id,
          action: "staff.sign_in",
          outcome: "denied",
          detail: { method: "oidc", reason: reason ?? "unknown" },
        });
        return refused(reason ?? "unknown");
      }
      const sid = await startStaffSession(staff, "oidc");
      // The same object reaches the jwt callback below: the cookie carries the staff id and the session's id.
      Object.assign(user, { id: staff.id, kind: "staff", sid });
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; kind: "guest" | "staff"; sid: string };
        token.sub = u.id;
        token.kind = u.kind;
        token.sid = u.sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, kind: token.kind, sid: token.sid, subjectId: token.sub } as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? (message.token?.sid as string | undefined) : undefined;
      if (sid) await revokeAuthSession(sid);
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
