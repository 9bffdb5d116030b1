// The sign-in throttle: failed attempts counted per key (code, surname, client, account) over a sliding window.
import "server-only";
import { and, count, gt, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { authFailures } from "@/db/schema";

export const GUEST_ATTEMPT_LIMIT = 10;
export const STAFF_ATTEMPT_LIMIT = 5;
export const ATTEMPT_WINDOW_MINUTES = 15;

/** Failures recorded for any of these keys within the window; the largest count wins. */
export async function recentFailures(keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const since = new Date(Date.now() - ATTEMPT_WINDOW_MINUTES * 60_000);
  const rows = await db()
    .select({ key: authFailures.key, n: count() })
    .from(authFailures)
    .where(and(inArray(authFailures.key, keys), gt(authFailures.at, since)))
    .groupBy(authFailures.key);
  return rows.reduce((max, r) => Math.max(max, Number(r.n)), 0);
}

export async function recordFailure(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db()
    .insert(authFailures)
    .values(keys.map((key) => ({ key })));
}
