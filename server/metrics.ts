// Prometheus metrics of this instance (prom-client), served at /api/metrics to a scraper holding METRICS_TOKEN:
// request latency per route, bookings by outcome, the email and webhook outboxes' backlog, database connections in use.
import "server-only";
import { sql } from "drizzle-orm";
import client from "prom-client";
import { connection, db } from "@/db/client";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { onResponse } from "./http-observer";

type Metrics = {
  registry: client.Registry;
  httpDuration: client.Histogram<"method" | "route" | "status">;
  bookings: client.Counter<"kind" | "outcome">;
};

const holder = globalThis as unknown as { __guestServicesMetrics?: Metrics };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A route label of bounded cardinality: ids become [id], Next.js's static files one label, and any path that found
 * nothing one label (a scanner's thousand guesses must not make a thousand series).
 */
export function routeLabel(path: string, status: number): string {
  if (path.startsWith("/_next/static/")) return "/_next/static/*";
  if (path.startsWith("/_next/image")) return "/_next/image";
  if (status === 404) return "(not found)";
  return path
    .split("/")
    .map((segment) => (UUID.test(segment) ? "[id]" : /^\d+$/.test(segment) ? "[n]" : segment.length > 64 ? "[long]" : segment))
    .join("/");
}

/** Rows of a raw query from either driver (postgres.js: the result; PGlite: `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** Marks the scrape's own queries, so the connection gauge can tell them from the app's work. */
const SCRAPE_TAG = "/* gs:metrics scrape */";
const SCRAPE = sql.raw(SCRAPE_TAG);

export function metrics(): Metrics {
  if (holder.__guestServicesMetrics) return holder.__guestServicesMetrics;
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: "gs_http_request_duration_seconds",
    help: "Time from receiving a request to the end of its response, by route",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const bookings = new client.Counter({
    name: "gs_bookings_total",
    help: "Booking attempts by what was booked (service or package) and outcome (booked, replayed, or the error code)",
    labelNames: ["kind", "outcome"] as const,
    registers: [registry],
  });
  const log = logger("metrics");
  new client.Gauge({
    name: "gs_outbox_backlog",
    help: "Messages waiting to be sent, by outbox (email, webhook)",
    labelNames: ["outbox"] as const,
    registers: [registry],
    async collect() {
      try {
        const [row] = rowsOf<{ email: string; webhook: string }>(
          await db().execute(sql`${SCRAPE} select
            (select count(*) from email_outbox where status = 'pending')::text as email,
            (select count(*) from webhook_deliveries where status = 'pending')::text as webhook`),
        );
        this.set({ outbox: "email" }, Number(row?.email ?? 0));
        this.set({ outbox: "webhook" }, Number(row?.webhook ?? 0));
      } catch (err) {
        log.warn({ err }, "outbox backlog not read");
      }
    },
  });
  new client.Gauge({
    name: "gs_db_connections",
    help: "This instance's database connections by state (active: running a query; idle: open in the pool)",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const conn = connection();
      if (conn.kind === "pglite") {
        // One embedded database in the process, always open.
        this.set({ state: "active" }, 0);
        this.set({ state: "idle" }, 1);
        return;
      }
      try {
        // The pool's connections carry this process's application_name (db/client.ts). The scrape's own queries run
        // at the same moment (prom-client collects every metric at once): those connections count as open, not in use.
        const rows = rowsOf<{ state: string; n: string }>(
          await db().execute(sql`${SCRAPE} select
              case when state = 'active' and left(query, ${SCRAPE_TAG.length}) <> ${SCRAPE_TAG} then 'active' else 'idle' end as state,
              count(*)::text as n
            from pg_stat_activity where application_name = current_setting('application_name') group by 1`),
        );
        this.set({ state: "active" }, Number(rows.find((r) => r.state === "active")?.n ?? 0));
        this.set({ state: "idle" }, Number(rows.find((r) => r.state === "idle")?.n ?? 0));
      } catch (err) {
        log.warn({ err }, "connections not read");
      }
    },
  });
  onResponse(({ method, path, status, seconds }) => httpDuration.observe({ method, route: routeLabel(path, status), status: String(status) }, seconds));
  holder.__guestServicesMetrics = { registry, httpDuration, bookings };
  return holder.__guestServicesMetrics;
}

/** Runs one booking attempt and counts its outcome. */
export async function countBooking<T extends { replayed: boolean }>(kind: "service" | "package", attempt: () => Promise<T>): Promise<T> {
  try {
    const result = await attempt();
    metrics().bookings.inc({ kind, outcome: result.replayed ? "replayed" : "booked" });
    return result;
  } catch (err) {
    metrics().bookings.inc({ kind, outcome: isAppError(err) ? err.code : "error" });
    throw err;
  }
}
