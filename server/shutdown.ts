// A graceful stop on SIGTERM/SIGINT (next start with NEXT_MANUAL_SIG_HANDLE=true leaves the signals to us): stop taking
// new connections, let the requests in flight finish (live-update streams are closed at once: the browser reconnects,
// to another instance), run the caller's stop hooks (the housekeeping pass), close the database — the pool and the
// LISTEN connection, or the embedded database and its folder's lock — and exit 0.
import "server-only";
import { closeConnection } from "@/db/client";
import { logger } from "@/lib/log";
import { httpState } from "./http-observer";

const log = logger("shutdown");

function isStream(response: import("node:http").ServerResponse): boolean {
  return String(response.getHeader("content-type") ?? "").startsWith("text/event-stream");
}

/** Resolves once no request is in flight, or after `graceMs` (what is still running then is cut off). */
async function drain(graceMs: number): Promise<number> {
  const state = httpState();
  const deadline = Date.now() + graceMs;
  for (;;) {
    for (const [response] of state.inFlight) if (isStream(response)) response.destroy();
    // A keep-alive connection that finished its request must not hold the process.
    for (const server of state.servers) server.closeIdleConnections();
    if (state.inFlight.size === 0 || Date.now() >= deadline) return state.inFlight.size;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function shutDown(signal: string, graceMs: number, beforeClose: () => Promise<void>): Promise<void> {
  const state = httpState();
  log.info({ signal, inFlight: state.inFlight.size, graceMs }, "shutting down: no new connections, finishing requests in flight");
  // No new connections from now on; those open are closed as their requests end.
  for (const server of state.servers) server.close();
  const cutOff = await drain(graceMs);
  if (cutOff) log.warn({ cutOff }, "requests still running at the end of the grace period were cut off");
  for (const server of state.servers) server.closeAllConnections();
  let code = 0;
  try {
    await beforeClose();
    await closeConnection();
  } catch (err) {
    log.error({ err }, "closing the database failed");
    code = 1;
  }
  log.info({ code }, "stopped");
  process.exit(code);
}

/** Installs the handlers once per process. */
export function handleShutdownSignals(graceMs: number, beforeClose: () => Promise<void>): void {
  const holder = globalThis as unknown as { __guestServicesShutdown?: boolean };
  if (holder.__guestServicesShutdown) return;
  holder.__guestServicesShutdown = true;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void shutDown(signal, graceMs, beforeClose);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
