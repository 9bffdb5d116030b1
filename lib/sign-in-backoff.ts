// How long a sign-in attempt on an account under attack waits: nothing for the first failures, then doubling, capped.
// Pure; server/auth/sign-in-throttle.ts counts the failures.

export const BACKOFF_BASE_MS = 250;
export const BACKOFF_CAP_MS = 4_000;

/**
 * `failures` on the account within the throttle window, from every client; `free` of them cost nothing. After that:
 * 250 ms, 500 ms, 1 s, 2 s, then 4 s for every further attempt — a bounded wait for the rightful user, never a lock.
 */
export function accountDelayMs(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - free, 16));
}
