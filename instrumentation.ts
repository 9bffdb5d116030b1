// Runs once when a server instance starts: schedules the housekeeping pass (Node.js runtime only, never during a build).
export async function register() {
  // Read directly (not through lib/env.ts) so the bundler drops the Node.js-only branch from the Edge build.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { NEXT_PHASE, HOUSEKEEPING_INTERVAL_SECONDS } = env();
  if (NEXT_PHASE === "phase-production-build" || HOUSEKEEPING_INTERVAL_SECONDS === 0) return;
  const { startHousekeeping } = await import("./app/_server/housekeeping");
  startHousekeeping(HOUSEKEEPING_INTERVAL_SECONDS * 1000);
}

/**
 * Every error a page, route handler or Server Action did not handle: one that says the database cannot be reached
 * marks it down, so the next pages answer 503 at once (proxy.ts) until the shared probe finds it back.
 */
export async function onRequestError(err: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, noteDatabaseUnavailable } = await import("./server/health");
  if (isDatabaseUnavailable(err)) noteDatabaseUnavailable(err);
}
