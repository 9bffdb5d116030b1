// The sign-in throttle: failed attempts counted per client, per account and per (account, client) over a sliding window.
//
// A client (an address, as lib/request-origin.ts clientAddress() tells it) over its limit is refused outright: that is what
// bounds guessing (docs/reliability.md §14). An account is never locked for everyone: once failures on it pile up from anywhere,
// every attempt on it waits a growing, capped delay before it is checked, so its rightful user still gets in from their
// own browser (docs/reliability.md §14b; issue 9 point 5).
import "server-only";
import { and, count, gt, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { authFailures } from "@/db/schema";
import { accountDelayMs } from "@/lib/sign-in-backoff";

export const GUEST_ATTEMPT_LIMIT = 10;
export const STAFF_ATTEMPT_LIMIT = 5;
/** Failures from one client, whatever it guesses, before it is refused. */
export const CLIENT_ATTEMPT_LIMIT = 10;
export const ATTEMPT_WINDOW_MINUTES = 15;

/** What a sign-in attempt is counted against. */
export type ThrottleKeys = {
  /** Refused once any of them reaches `hardLimit`: the client itself, and the account as tried from this client. */
  refuse: { keys: string[]; limit: number }[];
  /** The account, from every client: failures beyond `freeAttempts` make each attempt wait (never refuse). */
  account: string[];
  freeAttempts: number;
};

export function clientKey(address: string | null): string {
  return `client:${address || "direct"}`;
}

/** Guests: the reservation code and the surname are the account; the client is refused after 10 failures. */
export function guestKeys(code: string, surname: string, address: string | null): ThrottleKeys {
  const client = clientKey(address);
  return {
    refuse: [{ keys: [client], limit: Math.min(GUEST_ATTEMPT_LIMIT, CLIENT_ATTEMPT_LIMIT) }],
    account: [`code:${code}`, `surname:${surname.toLowerCase()}`],
    freeAttempts: GUEST_ATTEMPT_LIMIT,
  };
}

/** Staff: 5 failures on one account from one client, or 10 from one client on any accounts, refuse that client. */
export function staffKeys(email: string, address: string | null): ThrottleKeys {
  const client = clientKey(address);
  return {
    refuse: [
      { keys: [`email:${email}|${client}`], limit: STAFF_ATTEMPT_LIMIT },
      { keys: [client], limit: CLIENT_ATTEMPT_LIMIT },
    ],
    account: [`email:${email}`],
    freeAttempts: STAFF_ATTEMPT_LIMIT,
  };
}

function allKeys(t: ThrottleKeys): string[] {
  return [...new Set([...t.refuse.flatMap((r) => r.keys), ...t.account])];
}

/** Failures per key within the window. */
async function recentFailures(keys: string[]): Promise<Map<string, number>> {
  const since = new Date(Date.now() - ATTEMPT_WINDOW_MINUTES * 60_000);
  const rows = await db()
    .select({ key: authFailures.key, n: count() })
    .from(authFailures)
    .where(and(inArray(authFailures.key, keys), gt(authFailures.at, since)))
    .groupBy(authFailures.key);
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

export type Verdict = { refused: true } | { refused: false; delayMs: number };

/** Whether this client is refused, and otherwise how long the attempt waits before the credentials are checked. */
export async function judgeAttempt(t: ThrottleKeys): Promise<Verdict> {
  const counts = await recentFailures(allKeys(t));
  const n = (key: string) => counts.get(key) ?? 0;
  if (t.refuse.some((r) => r.keys.some((key) => n(key) >= r.limit))) return { refused: true };
  const accountFailures = Math.max(0, ...t.account.map(n));
  return { refused: false, delayMs: accountDelayMs(accountFailures, t.freeAttempts) };
}

/**
 * Refused (false) or, after the account's delay, allowed (true). The delay is spent before the credentials are looked
 * at, for right and wrong ones alike, so it tells an attacker nothing.
 */
export async function admitAttempt(t: ThrottleKeys): Promise<boolean> {
  const verdict = await judgeAttempt(t);
  if (verdict.refused) return false;
  if (verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
  return true;
}

export async function recordFailure(t: ThrottleKeys): Promise<void> {
  await db()
    .insert(authFailures)
    .values(allKeys(t).map((key) => ({ key })));
}
