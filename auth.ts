// Auth.js: guests sign in with reservation code + surname, staff with email + password; JWT sessions.
import "server-only";
import bcrypt from "bcryptjs";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { createAuthSession, GUEST_GRACE_DAYS, revokeAuthSession } from "@/server/auth/sessions";
import { findStaffByEmail, findStayByCode } from "@/server/auth/sign-in-lookup";
import { GUEST_ATTEMPT_LIMIT, recentFailures, recordFailure, STAFF_ATTEMPT_LIMIT } from "@/server/auth/sign-in-throttle";
import { writeAudit } from "@/server/auth/audit-log";
import { setStayLocale } from "@/server/stays/guest-locale";
import { authSecret } from "@/lib/auth-secret";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { requestLocale } from "@/app/_server/request-locale";
import { clientAddress } from "@/lib/request-origin";
import { addDays, hotelToday } from "@/lib/time";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class Throttled extends CredentialsSignin {
  code = "throttled";
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

// Compared against when the email is unknown, so both answers take as long.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", 10);

/** The client's address (X-Forwarded-For counts only behind a declared proxy); one of several throttle keys. */
function clientKey(request: Request | undefined): string {
  return `client:${(request && clientAddress(request.headers, { trustProxy: env().TRUST_PROXY })) || "direct"}`;
}

function pick(credentials: Partial<Record<string, unknown>>, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => credentials[k] !== undefined).map((k) => [k, credentials[k]]));
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // Auth.js takes its own URL from X-Forwarded-Host / -Proto or Host. proxy.ts drops the forwarded ones unless
  // TRUST_PROXY declares a reverse proxy, so what reaches here is either the proxy's word or the connection's own.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
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
        const keys = [`code:${code}`, `surname:${surname.toLowerCase()}`, clientKey(request)];
        if ((await recentFailures(keys)) >= GUEST_ATTEMPT_LIMIT) {
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
      async authorize(raw) {
        const parsed = staffCredentials.safeParse(pick(raw, ["email", "password"]));
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const keys = [`email:${email}`];
        if ((await recentFailures(keys)) >= STAFF_ATTEMPT_LIMIT) {
          await writeAudit({ actorKind: "staff", action: "staff.sign_in", outcome: "throttled" });
          throw new Throttled();
        }
        const staff = await findStaffByEmail(email);
        const ok = await bcrypt.compare(password, staff?.passwordHash ?? DUMMY_HASH);
        if (!staff || !ok || !staff.active) {
          await recordFailure(keys);
          await writeAudit({
            propertyId: staff?.propertyId,
            actorKind: "staff",
            actorId: staff?.id,
            action: "staff.sign_in",
            outcome: "failed",
          });
          throw new InvalidCredentials();
        }
        const sid = await createAuthSession("staff", staff.id);
        await writeAudit({
          propertyId: staff.propertyId,
          actorKind: "staff",
          actorId: staff.id,
          role: staff.role,
          action: "staff.sign_in",
          outcome: "ok",
        });
        return { id: staff.id, kind: "staff", sid };
      },
    }),
  ],
  callbacks: {
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
});
