// Load benchmark (issue 9 point 6): a crowd of guests on several app instances against one PostgreSQL database.
// Figures, not a pass/fail test. Run: `npm run build` once, then
//   DATABASE_URL=postgres://… npm run bench:load
// Settings (environment): BENCH_GUESTS (100), BENCH_INSTANCES (2), BENCH_SECONDS (60), BENCH_URLS (comma-separated base
// URLs of instances already running against DATABASE_URL — then none is started), BENCH_PROPERTY (a property's slug;
// default: the first one with timed services; the demo hotel is seeded when the database has no property at all),
// DATABASE_POOL_MAX (passed to the instances it starts). It migrates the database, adds its own stays (reservation codes
// LOAD-<run id>-<n>, surname "Load"), and each guest, until the time is up, in a loop: signs in, browses the catalogue,
// checks a timed service's availability, books a place, lists their bookings and cancels it. Prints throughput,
// p50/p95/p99 per step, the count of 5xx answers and of oversold sessions (from SQL). Its stays and their bookings are
// left in place (all cancelled), marked with the run id.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import { freePort, stopGroup } from "../fixtures/extra-server";

const root = path.resolve(__dirname, "../..");
const num = (name: string, fallback: number) => {
  const v = Number(process.env[name] || fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return v;
};
const DATABASE_URL = process.env.DATABASE_URL;
const GUESTS = num("BENCH_GUESTS", 100);
const INSTANCES = num("BENCH_INSTANCES", 2);
const SECONDS = num("BENCH_SECONDS", 60);
/** A guest's mean pause between two steps (uniform from 0 to twice this), as a person reads and taps; 0 = none. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const RUN = `${Date.now().toString(36)}${crypto.randomBytes(2).toString("hex")}`.toUpperCase();
const AUTH_SECRET = process.env.AUTH_SECRET || crypto.randomBytes(32).toString("hex");
const HOLDING = ["requested", "confirmed", "in_progress", "fulfilled", "no_show"];
const STEPS = ["sign-in", "browse", "availability", "book", "list", "cancel"] as const;
type Step = (typeof STEPS)[number];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const think = () => (THINK_MS > 0 ? sleep(Math.random() * 2 * THINK_MS) : Promise.resolve());

async function startInstances(): Promise<{ urls: string[]; children: ChildProcess[] }> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < INSTANCES; i++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_ENV: "production", PORT: String(port), PUBLIC_URL: url, AUTH_SECRET, SEED_DEMO: "0" },
    });
    child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[instance ${i}] ${chunk}`));
    children.push(child);
    urls.push(url);
  }
  for (const url of urls) {
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`${url} did not start (has \`npm run build\` been run?)`);
      await sleep(300);
    }
  }
  return { urls, children };
}

function stopInstances(children: ChildProcess[]): Promise<void> {
  return Promise.all(children.map(stopGroup)).then(() => undefined);
}

// ── Figures ──────────────────────────────────────────────────────────────────────────────────────────────────
const timings = new Map<Step, number[]>(STEPS.map((s) => [s, []]));
const statuses = new Map<string, number>();
let serverErrors = 0;
let networkErrors = 0;
let cycles = 0;
let full = 0;
let booked = 0;
let cancelled = 0;
const errorSamples: string[] = [];
const seenSamples = new Set<string>();
/** Up to 10 distinct sample answers (a 5xx, a refused sign-in, a 422), each shown once. */
function sample(text: string): void {
  const key = text.replace(/[0-9a-f-]{36}/g, "…");
  if (errorSamples.length < 10 && !seenSamples.has(key)) {
    seenSamples.add(key);
    errorSamples.push(text);
  }
}

function note(step: Step, ms: number, status: number, body?: string): void {
  timings.get(step)!.push(ms);
  let code = "";
  if (status >= 400 && status < 500) {
    try {
      code = ` ${JSON.parse(body ?? "").code ?? ""}`;
    } catch {}
  }
  statuses.set(`${step} ${status}${code}`, (statuses.get(`${step} ${status}${code}`) ?? 0) + 1);
  if (status === 422) sample(`${step} ${status} ${String(body ?? "").slice(0, 300)}`);
  if (status >= 500) {
    serverErrors++;
    sample(`${step} ${status} ${String(body ?? "").slice(0, 200)}`);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ── One guest ────────────────────────────────────────────────────────────────────────────────────────────────
type Answer = { status: number; body: any; text: string; setCookie: string[]; location: string | null };

class Guest {
  private cookies = new Map<string, string>();
  constructor(
    readonly code: string,
    readonly baseURL: string,
  ) {}

  async send(step: Step | null, method: string, url: string, init: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    let body: string | undefined;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    } else if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(`${this.baseURL}${url}`, { method, headers, body, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    } catch (err) {
      networkErrors++;
      sample(`${step ?? url} network: ${(err as Error).message}`);
      throw err;
    }
    const text = await res.text();
    const ms = performance.now() - started;
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      const value = pair.slice(eq + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || value === "") this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), value);
    }
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {}
    if (step) note(step, ms, res.status, text);
    return { status: res.status, body: json, text, setCookie, location: res.headers.get("location") };
  }

  /** csrf + credentials callback, timed as one step. */
  async signIn(): Promise<boolean> {
    this.cookies.clear();
    const started = performance.now();
    const csrf = await this.send(null, "GET", "/api/auth/csrf");
    const callback = await this.send(null, "POST", "/api/auth/callback/guest", { form: { csrfToken: csrf.body?.csrfToken ?? "", code: this.code, surname: "Load" } });
    const status = csrf.status >= 500 ? csrf.status : callback.status;
    note("sign-in", performance.now() - started, status, callback.text);
    const ok = this.cookies.has("authjs.session-token");
    if (!ok && status < 500) sample(`sign-in refused: ${callback.status} ${callback.location}`);
    return ok;
  }
}

async function guestLoop(guest: Guest, services: string[], days: string[], until: number): Promise<void> {
  while (Date.now() < until) {
    try {
      if (!(await guest.signIn())) {
        await sleep(1000);
        continue;
      }
      await think();
      await guest.send("browse", "GET", "/api/v1/catalogue");
      await think();
      const slug = services[Math.floor(Math.random() * services.length)];
      const day = days[Math.floor(Math.random() * days.length)];
      const availability = await guest.send("availability", "GET", `/api/v1/services/${slug}/availability?day=${day}`);
      const open = ((availability.body?.sessions ?? []) as { id: string; remaining: number; reason: string | null }[]).filter(
        (s) => s.reason === null && s.remaining > 0,
      );
      await think();
      if (open.length > 0) {
        const session = open[Math.floor(Math.random() * open.length)];
        const made = await guest.send("book", "POST", "/api/v1/bookings", {
          json: { serviceSlug: slug, sessionId: session.id, quantity: 1 },
          headers: { "idempotency-key": `bench:${RUN}:${crypto.randomUUID()}` },
        });
        if (made.status === 201 || made.status === 200) booked++;
        else if (made.body?.code === "booking:full") full++;
        await think();
        await guest.send("list", "GET", "/api/v1/bookings");
        const id = made.body?.booking?.bookingId;
        if (id) {
          await think();
          const cancel = await guest.send("cancel", "POST", `/api/v1/bookings/${id}/cancel`);
          if (cancel.status === 200) cancelled++;
        }
      } else {
        await guest.send("list", "GET", "/api/v1/bookings");
      }
      cycles++;
      await think();
    } catch {
      await sleep(500);
    }
  }
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  if (!DATABASE_URL) throw new Error("DATABASE_URL is required (a PostgreSQL database the app's instances share)");
  const sql = postgres(DATABASE_URL, { max: 2, onnotice: () => {} });
  let children: ChildProcess[] = [];
  try {
    const migrate = spawnSync("npm", ["run", "--silent", "db:migrate"], { cwd: root, stdio: "inherit", env: process.env });
    if (migrate.status !== 0) throw new Error("migrating the database failed");
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int n from properties`;
    if (n === 0) {
      const seed = spawnSync("npm", ["run", "--silent", "db:seed"], { cwd: root, stdio: "inherit", env: { ...process.env, SEED_DEMO: "1" } });
      if (seed.status !== 0) throw new Error("seeding the demo hotel failed");
    }
    const wanted = process.env.BENCH_PROPERTY;
    const [property] = await sql<{ id: string; slug: string; time_zone: string }[]>`
      select p.id, p.slug, p.time_zone from properties p
      where ${wanted ?? null}::text is null or p.slug = ${wanted ?? null}
      order by (select count(*) from services s where s.property_id = p.id and s.mode = 'timed' and s.active) desc, p.slug limit 1`;
    if (!property) throw new Error(`no property ${wanted}`);
    // Timed services an adult pair may book by themselves (no minimum age they fail, no package-only service).
    const services = (
      await sql<{ slug: string }[]>`select slug from services where property_id = ${property.id} and mode = 'timed' and active
        and coalesce(min_age, 0) <= 18 order by slug`
    ).map((r) => r.slug);
    if (services.length === 0) throw new Error(`property ${property.slug} has no active timed service`);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: property.time_zone }).format(new Date());
    const dayOf = (offset: number) => {
      const [y, m, d] = today.split("-").map(Number);
      return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
    };
    const days = [1, 2, 3].map(dayOf);
    // A family (two adults, children aged 5 and 9): every timed service, the children's ones too, can take one of them.
    await sql`insert into stays (property_id, reservation_code, surname, guest_name, check_in, check_out, adults, children_ages)
      select ${property.id}, ${`LOAD-${RUN}-`} || g, 'Load', 'Load guest ' || g, ${dayOf(0)}::date, ${dayOf(5)}::date, 2, array[5, 9]::int[]
      from generate_series(1, ${GUESTS}) g`;

    const given = process.env.BENCH_URLS?.split(",").map((u) => u.trim().replace(/\/$/, "")).filter(Boolean);
    let urls: string[];
    if (given?.length) urls = given;
    else {
      const started = await startInstances();
      urls = started.urls;
      children = started.children;
    }
    console.log(
      `[bench] run ${RUN}: ${GUESTS} guests over ${urls.length} instance(s) (${urls.join(", ")}) for ${SECONDS} s, mean think time ${THINK_MS} ms; property ${property.slug}, ` +
        `timed services ${services.join(", ")}, days ${days.join(", ")}`,
    );

    const until = Date.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: GUESTS }, (_, i) => {
        const guest = new Guest(`LOAD-${RUN}-${i + 1}`, urls[i % urls.length]);
        // Spread the first sign-ins over a second, as a crowd arrives.
        return sleep(Math.random() * 1000).then(() => guestLoop(guest, services, days, until));
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;

    const [oversold] = await sql<{ oversold: number; drift: number; touched: number }[]>`
      with touched as (
        select distinct b.session_id id from bookings b join stays s on s.id = b.stay_id
        where s.reservation_code like ${`LOAD-${RUN}-%`} and b.session_id is not null),
      held as (
        select ss.id, ss.capacity, ss.booked,
          (select coalesce(sum(b.quantity), 0) from bookings b where b.session_id = ss.id and b.status::text = any(${HOLDING})) held
        from service_sessions ss join touched t on t.id = ss.id)
      select count(*) filter (where held > capacity or booked > capacity)::int oversold,
             count(*) filter (where held <> booked)::int drift, count(*)::int touched from held`;

    const requests = [...timings.values()].reduce((a, t) => a + t.length, 0);
    console.log(`[bench] ${elapsed.toFixed(1)} s: ${cycles} guest cycles, ${requests} timed steps (${(requests / elapsed).toFixed(1)} steps/s, ${(cycles / elapsed).toFixed(1)} cycles/s)`);
    console.log(`[bench] bookings: ${booked} made, ${full} full, ${cancelled} cancelled`);
    console.log(`[bench] ${"step".padEnd(13)} ${"count".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
    for (const step of STEPS) {
      const t = timings.get(step)!.slice().sort((a, b) => a - b);
      const f = (v: number) => (Number.isNaN(v) ? "-" : v.toFixed(0)).padStart(8);
      console.log(`[bench] ${step.padEnd(13)} ${String(t.length).padStart(7)} ${f(percentile(t, 50))} ${f(percentile(t, 95))} ${f(percentile(t, 99))} ${f(t.at(-1) ?? NaN)}`);
    }
    console.log(`[bench] answers: ${[...statuses].sort().map(([k, v]) => `${k}: ${v}`).join(", ")}`);
    console.log(`[bench] 5xx: ${serverErrors}; network errors: ${networkErrors}`);
    console.log(`[bench] oversold sessions: ${oversold.oversold} of ${oversold.touched} touched (counter ≠ held places: ${oversold.drift})`);
    if (errorSamples.length) console.log(`[bench] sample answers:\n  ${errorSamples.join("\n  ")}`);
    process.exitCode = 0;
  } finally {
    await stopInstances(children);
    await sql.end({ timeout: 5 });
  }
}

main().catch((err) => {
  console.error(`[bench] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
