// The environment, parsed once: nothing else reads process.env.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Set by Next.js: the build phase this code runs in.
  NEXT_PHASE: z.string().optional(),
  // Seconds between housekeeping passes (expiring requests and waiting-list offers); 0 = off.
  HOUSEKEEPING_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  // Set → postgres.js against this server. Unset → embedded PGlite under PGLITE_DIR.
  DATABASE_URL: z.string().url().optional(),
  // Folder of the embedded database; "memory://" keeps it in memory (tests).
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  // A dump (tar) of a data folder that a "memory://" database starts from instead of an empty one. The unit tests set it
  // (tests/global-setup.ts): each test file's database then starts migrated, without initdb and the migrations.
  PGLITE_TEMPLATE: z.string().min(1).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(16).optional(),
  // The app runs behind a reverse proxy that sets X-Forwarded-Host / -Proto / -For: only then are those headers
  // believed (for the request's origin and the client's address). Unset, proxy.ts drops them as any client can send them.
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // The HTTP port `next start` listens on; the default PUBLIC_URL follows it.
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Outgoing mail, e.g. smtp://user:pass@host:587. Unset → emails wait in the outbox (status pending).
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Guest Services <guest-services@localhost>"),
  // The address guests and staff open the app at: links in emails point there, and without TRUST_PROXY it is the only
  // origin a Server Action or a cookie-authenticated API call may come from. Default: http://localhost:<PORT>.
  PUBLIC_URL: z.string().url().optional(),
  // Days before check-in for the pre-arrival offer email; minutes before a timed service for the reminder.
  PRE_ARRIVAL_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  REMINDER_MINUTES: z.coerce.number().int().min(0).max(2880).default(120),
  // Webhooks: endpoints on private, loopback or link-local addresses (checked on the address each name resolves
  // to when sending), and plain http to any host in production (otherwise https, or http to localhost in development).
  WEBHOOKS_ALLOW_PRIVATE: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  WEBHOOKS_ALLOW_HTTP: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // Staff single sign-on (OpenID Connect): the identity provider's issuer URL, this app's client there, and the name
  // the sign-in button shows ("Sign in with <name>"). All three of issuer, id and secret, or none.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(60).default("single sign-on"),
  // On SIGTERM: how long requests in flight may take to finish before they are cut off and the process exits.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  // Bearer token a Prometheus scraper sends to /api/metrics; unset → /api/metrics answers 404.
  METRICS_TOKEN: z.string().min(16).optional(),
  // Lowest level written to the JSON log on stdout.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // `npm run bench` sets it on the server it starts: /api/bench-floor and /bench-floor (the benchmark's floor) answer; 404 otherwise.
  BENCH_FLOOR: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // Seed the demo hotel into a server database (never by default).
  SEED_DEMO: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
});

export type Env = Omit<z.infer<typeof schema>, "PUBLIC_URL"> & { PUBLIC_URL: string };

/** Where the generated secret lives when AUTH_SECRET is not set (self-hosting with no configuration). */
export const GENERATED_SECRET_FILE = ".data/auth-secret";

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse({
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL || undefined,
      PGLITE_DIR: process.env.PGLITE_DIR || undefined,
      PGLITE_TEMPLATE: process.env.PGLITE_TEMPLATE || undefined,
      SMTP_URL: process.env.SMTP_URL || undefined,
      PUBLIC_URL: process.env.PUBLIC_URL || undefined,
      PORT: process.env.PORT || undefined,
      OIDC_ISSUER: process.env.OIDC_ISSUER || undefined,
      OIDC_CLIENT_ID: process.env.OIDC_CLIENT_ID || undefined,
      OIDC_CLIENT_SECRET: process.env.OIDC_CLIENT_SECRET || undefined,
      OIDC_NAME: process.env.OIDC_NAME || undefined,
      METRICS_TOKEN: process.env.METRICS_TOKEN || undefined,
    });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    const oidc = [parsed.data.OIDC_ISSUER, parsed.data.OIDC_CLIENT_ID, parsed.data.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc !== 0 && oidc !== 3) {
      throw new Error("Invalid environment: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set together or not at all");
    }
    cached = { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}` };
  }
  return cached;
}

/** The staff single sign-on (OpenID Connect) settings, or null when it is not configured. */
export function oidcConfig(): { issuer: string; clientId: string; clientSecret: string; name: string } | null {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, name: e.OIDC_NAME };
}
