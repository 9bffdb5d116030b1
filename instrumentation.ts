// Runs once when a server instance starts (Node.js runtime only, never during a build): request ids and the access log
// for every HTTP request, the housekeeping pass, and a graceful stop on SIGTERM.
import type { Instrumentation } from "next";

export async function register() {
  // Read directly (not through lib/env.ts) so the bundler drops the Node.js-only branch from the Edge build.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { NEXT_PHASE, HOUSEKEEPING_INTERVAL_SECONDS, SHUTDOWN_GRACE_SECONDS } = env();
  if (NEXT_PHASE === "phase-production-build") return;
  // Settings that are wrong in production (PUBLIC_URL unset: emails would link to localhost), once at start-up.
  const [{ warnAboutConfiguration }, { logger }] = await Promise.all([import("./lib/startup-warnings"), import("./lib/log")]);
  warnAboutConfiguration({ NODE_ENV: process.env.NODE_ENV, PUBLIC_URL: process.env.PUBLIC_URL, PORT: process.env.PORT }, logger("startup"));
  const { httpState } = await import("./server/http-observer");
  httpState();
  // The latency histogram counts from the first request on, not from the first scrape.
  const { metrics } = await import("./server/metrics");
  metrics();
  const { startHousekeeping, stopHousekeeping } = await import("./app/_server/housekeeping");
  if (HOUSEKEEPING_INTERVAL_SECONDS > 0) startHousekeeping(HOUSEKEEPING_INTERVAL_SECONDS * 1000);
  // `npm run serve` sets NEXT_MANUAL_SIG_HANDLE: Next.js then leaves SIGTERM to us instead of exiting mid-request.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { handleShutdownSignals } = await import("./server/shutdown");
    handleShutdownSignals(SHUTDOWN_GRACE_SECONDS * 1000, stopHousekeeping);
  }
}

/**
 * An error Next.js caught while rendering a page or running a route or action: one log line, with the digest the user
 * saw; one that says the database cannot be reached also marks it down, so the next pages answer 503 at once
 * (proxy.ts) until the shared probe finds it back.
 */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, noteDatabaseUnavailable } = await import("./server/health");
  if (isDatabaseUnavailable(err)) noteDatabaseUnavailable(err);
  const { logger } = await import("./lib/log");
  const digest = (err as { digest?: string }).digest;
  const requestId = [request.headers["x-request-id"]].flat()[0];
  logger("next").error(
    { err, digest, requestId, method: request.method, path: request.path.split("?")[0], route: context.routePath, routeType: context.routeType },
    "request failed",
  );
};
