// Watches every HTTP request the Next.js server takes, through Node's own diagnostics channels (Next.js gives no hook
// around a request): gives each one its request id (X-Request-Id on the request as Next.js sees it and on the response),
// enters it into the log context so every line written while serving it carries it, and writes one access line when
// the response is finished. Knows the servers and the requests in flight, for a graceful shutdown.
import "server-only";
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { logger, requestContext } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/request-id";

type Started = { request: IncomingMessage; response: ServerResponse; server: Server };
type Finished = { request: IncomingMessage; response: ServerResponse };
type Observer = (request: { method: string; path: string; status: number; seconds: number }) => void;

type State = {
  servers: Set<Server>;
  inFlight: Map<ServerResponse, { requestId: string; started: bigint }>;
  observers: Observer[];
};

const holder = globalThis as unknown as { __guestServicesHttp?: State };

/** The path without its query string (which may carry a reservation code: /signin?code=…). */
export function pathOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0];
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export function httpState(): State {
  if (holder.__guestServicesHttp) return holder.__guestServicesHttp;
  const state: State = { servers: new Set(), inFlight: new Map(), observers: [] };
  holder.__guestServicesHttp = state;
  const log = logger("http");

  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request, response, server } = message as Started;
    const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER], env().TRUST_PROXY);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    // Runs just before the server emits "request": everything Next.js does for it continues in this context.
    requestContext.enterWith({ requestId });
    state.servers.add(server);
    state.inFlight.set(response, { requestId, started: process.hrtime.bigint() });
    // A client that goes away before the response ends never fires "finish".
    response.once("close", () => state.inFlight.delete(response));
  });

  diagnostics.subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as Finished;
    const entry = state.inFlight.get(response);
    state.inFlight.delete(response);
    if (!entry) return;
    const seconds = Number(process.hrtime.bigint() - entry.started) / 1e9;
    const path = pathOf(request.url);
    const line = { requestId: entry.requestId, method: request.method, path, status: response.statusCode, ms: Math.round(seconds * 1000) };
    // Static files and the health probes would drown the rest.
    if (path.startsWith("/_next/static/") || path === "/api/health" || path === "/api/ready") log.debug(line, "request");
    else log.info(line, "request");
    for (const observe of state.observers) observe({ method: request.method ?? "GET", path, status: response.statusCode, seconds });
  });
  return state;
}

/** Called for every finished response (the metrics' latency histogram). */
export function onResponse(observer: Observer): void {
  httpState().observers.push(observer);
}
