// When a failed webhook delivery is tried again, when it is given up, and when a failing endpoint is paused.
// Pure, so the worker and its tests share one set of numbers (the README's "Webhooks" section states them).

/** Seconds to wait after the n-th failed attempt (1-based): 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h. */
const BACKOFF_SECONDS = [30, 120, 600, 1_800, 3_600, 7_200];

/** After this many failed attempts a delivery is given up (status failed; the manager can send it again): about 20 hours after the first. */
export const MAX_ATTEMPTS = 15;

/** An endpoint is paused after this many failed attempts in a row (across its deliveries)… */
export const PAUSE_AFTER_FAILURES = 10;
/** …that have gone on for at least this long since the first of them: one bad minute never pauses it. */
export const PAUSE_AFTER_HOURS = 12;

/** How long a claimed delivery is reserved for the pass sending it: well above the 5 s timeout of one attempt. */
export const SEND_LEASE_SECONDS = 60;

/** Each attempt gives up after this long (connect, answer and all). */
export const ATTEMPT_TIMEOUT_MS = 5_000;

export function backoffSeconds(attempts: number): number {
  return BACKOFF_SECONDS[Math.min(Math.max(attempts, 1), BACKOFF_SECONDS.length) - 1];
}

/** Whether an endpoint whose failures are `consecutiveFailures` in a row, the first at `failingSince`, is paused now. */
export function shouldPause(consecutiveFailures: number, failingSince: Date, now: Date): boolean {
  return consecutiveFailures >= PAUSE_AFTER_FAILURES && now.getTime() - failingSince.getTime() >= PAUSE_AFTER_HOURS * 3_600_000;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${seconds / 60} min`;
  return `${seconds / 3600} h`;
}

/** "30 s, 2 min, …, then every 2 h", for the documents that state the policy. */
export function describeBackoff(): string {
  const head = BACKOFF_SECONDS.slice(0, -1).map(duration).join(", ");
  return `${head}, then every ${duration(BACKOFF_SECONDS[BACKOFF_SECONDS.length - 1])}`;
}
