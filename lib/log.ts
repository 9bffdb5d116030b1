// The one logger: structured JSON lines (pino) on stdout, each with the request id of the request it was written for
// (from the AsyncLocalStorage below, entered for every HTTP request by server/http-observer.ts), and never a credential:
// reservation codes, passwords, tokens, cookies and secrets are redacted by path, query parameters out of error messages.
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "./env";

export type RequestContext = { requestId: string };

const shared = globalThis as unknown as { __guestServicesRequestContext?: AsyncLocalStorage<RequestContext> };

/**
 * The request being served, for every line logged while serving it (pages, actions, routes, the proxy). One per process:
 * Next.js bundles proxy.ts, instrumentation.ts and the routes separately, each with its own copy of this module.
 */
export const requestContext = (shared.__guestServicesRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

/** Fields that may hold a credential wherever they appear (one level of nesting, and headers objects). */
const SECRET_KEYS = ["password", "newPassword", "reservationCode", "token", "apiToken", "secret", "cookie", "authorization", "set-cookie"];
export const REDACT_PATHS = [
  ...SECRET_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`]),
  ...["headers", "req.headers", "request.headers", "res.headers"].flatMap((at) => SECRET_KEYS.map((key) => `${at}["${key}"]`)),
  // Sign-in input: the guest's reservation code travels as `code` (a bare `code` elsewhere is an error code).
  "credentials.code",
  "*.credentials.code",
];

const QUERY_PARAMS = /\nparams: [\s\S]*$/;

/** drizzle's "Failed query: …\nparams: …" carries the query's values (a code, a password hash): keep the query only. */
function scrub(text: unknown): unknown {
  return typeof text === "string" ? text.replace(QUERY_PARAMS, "\nparams: [redacted]").replace(/\nparams: [^\n]*(?=\n {4}at )/, "\nparams: [redacted]") : text;
}

function serializeError(err: unknown): unknown {
  const out = pino.stdSerializers.errWithCause(err as Error) as unknown as Record<string, unknown>;
  const clean = (value: Record<string, unknown> | undefined) => {
    if (!value || typeof value !== "object") return;
    delete value.params;
    delete value.parameters;
    value.message = scrub(value.message);
    value.stack = scrub(value.stack);
    clean(value.cause as Record<string, unknown> | undefined);
  };
  clean(out);
  return out;
}

export function createLogger(destination?: DestinationStream, level = "info"): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const holder = globalThis as unknown as { __guestServicesLog?: Logger };

/** The process-wide logger; `log.child({ area: "…" })` names the part of the app a line comes from. */
export function logger(area?: string): Logger {
  holder.__guestServicesLog ??= createLogger(undefined, env().LOG_LEVEL);
  return area ? holder.__guestServicesLog.child({ area }) : holder.__guestServicesLog;
}
