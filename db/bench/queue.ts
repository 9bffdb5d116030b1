// Benchmark of the staff request queue (issue 13.4): two fresh properties, one with 100 bookings and one with 100 000
// (1 in 12 open, as in the measured hotel: 8 333), and for each the queue's page query and its count, p50/p99 in ms, with
// the plan's scan nodes; "before" is the query shape the queue had until migration 0011, kept here as the baseline and
// measured side by side in the same run. With --http (needs `npx next build`) it also times reception's /staff page and
// GET /api/v1/staff/requests through the built app.
// Run: npm run bench:queue   (DATABASE_URL=postgres://… for PostgreSQL; otherwise a fresh embedded database in .data/bench-queue)
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [100, 100_000];
const PAGE = 25;

type Plan = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: Plan[] };

/** The plan's nodes that read tables, and whether a sort runs over a whole table's rows: "Index Scan bookings_queue_idx, …". */
function scans(plan: Plan): string[] {
  const own = /Scan/.test(plan["Node Type"]) ? [`${plan["Node Type"]} ${plan["Index Name"] ?? plan["Relation Name"] ?? ""}`.trim()] : [];
  return [...own, ...(plan.Plans ?? []).flatMap(scans)];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(runs: number, run: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 3; i++) await run(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await run();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

const ms = (t: { p50: number; p99: number }) => `p50 ${t.p50.toFixed(2).padStart(7)} ms  p99 ${t.p99.toFixed(2).padStart(7)} ms`;

/** Cookies of a fetch answer, as "name=value" pairs. */
function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs a staff member in through Auth.js's staff provider; returns the Cookie header of the session. */
async function staffSession(baseURL: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${baseURL}/api/auth/callback/staff`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseURL },
    body: new URLSearchParams({ csrfToken, email, password }).toString(),
  });
  const cookies = [...jar, ...cookiesOf(res)];
  if (!cookies.some((c) => c.startsWith("authjs.session-token="))) throw new Error(`staff sign-in failed: ${res.status}`);
  return cookies.join("; ");
}

/** Starts the built app (`npm run serve`) on the bench's database; resolves once /api/health answers. */
async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const { spawn } = await import("node:child_process");
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn("npm", ["run", "serve"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, BENCH_CHILD: "", PORT: String(port), PUBLIC_URL: baseURL, AUTH_SECRET: "bench-only-auth-secret-not-for-production-0123456789", HOUSEKEEPING_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" },
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  for (const deadline = Date.now() + 180_000; Date.now() < deadline && child.exitCode === null; ) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return { baseURL, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error("the app did not start (is it built? npx next build)");
}

async function main(): Promise<void> {
  const { and, asc, desc, eq, sql } = await import("drizzle-orm");
  const { closeConnection, connection } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrate");
  const { bookings, departments, services, stays } = await import("@/db/schema");
  const { assignee, requestColumns } = await import("@/server/requests/columns");
  const { scopeOf, OPEN_STATUSES } = await import("@/server/requests/scope");
  const { queueQuery, queueCountQuery, listQueuePage } = await import("@/server/requests/queue");
  const { inArray } = await import("drizzle-orm");
  // The process-wide connection, the one the queue's own functions use (an embedded database has one owner).
  const db = () => connection().db;
  const kind = connection().kind;
  const rows = <T,>(r: unknown) => ((Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[]);
  const created: string[] = [];

  /** A property with `count` bookings (a quarter as many stays, 1 in 10 VIP), 1 in 12 open, a quarter of the confirmed ones with a guest's message last. */
  async function seed(count: number): Promise<string> {
    const slug = `bench-queue-${count}-${Date.now()}`;
    const [{ id: propertyId }] = rows<{ id: string }>(
      await db().execute(sql`insert into properties (slug, name, time_zone, currency) values (${slug}, 'Queue bench hotel', 'Europe/Berlin', 'EUR') returning id`),
    );
    created.push(propertyId);
    const stayCount = Math.max(1, Math.floor(count / 4));
    await db().execute(sql`insert into departments (property_id, slug, name, response_target_minutes)
      select ${propertyId}, 'dept-' || g, 'Department ' || g, 10 + g * 5 from generate_series(1, 5) g`);
    await db().execute(sql`insert into services (property_id, department_id, slug, name, description, mode, price_minor, price_unit, tax_rate_bp, cost_minor, complimentary, sort_order)
      select ${propertyId}, (select id from departments where property_id = ${propertyId} and slug = 'dept-' || (1 + g % 5)),
        'svc-' || g, jsonb_build_object('en', 'Service ' || g), '{"en":""}'::jsonb, 'on_request'::booking_mode, 1000 + g * 100,
        'per_booking'::price_unit, 1900, 400, false, g
      from generate_series(1, 20) g`);
    await db().execute(sql`insert into stays (property_id, reservation_code, surname, guest_name, room, check_in, check_out, adults, vip)
      select ${propertyId}, upper(${slug}) || '-' || g, 'Bench' || (g % 50), 'Guest ' || g, (100 + g % 400)::text,
        current_date - (g % 365), current_date - (g % 365) + 1 + g % 6, 2, g % 10 = 0
      from generate_series(1, ${stayCount}) g`);
    await db().execute(sql`
      with st as (select id, check_in, row_number() over (order by id) rn from stays where property_id = ${propertyId}),
      sv as (select s.id, s.department_id, s.price_minor, row_number() over (order by s.sort_order) rn from services s where s.property_id = ${propertyId})
      insert into bookings (property_id, stay_id, service_id, department_id, status, quantity, currency, price_lines, total_minor, tax_minor,
        response_target_minutes, idempotency_key, request_hash, created_at, updated_at, responded_at)
      select ${propertyId}, st.id, sv.id, sv.department_id,
        (case when g % 12 = 7 then (array['requested','confirmed','in_progress'])[1 + (g / 12) % 3]
              else (array['fulfilled','fulfilled','fulfilled','fulfilled','fulfilled','fulfilled','fulfilled','fulfilled','declined','cancelled','no_show','expired'])[1 + g % 12] end)::booking_status,
        1, 'EUR', '[]'::jsonb, sv.price_minor, 0, 15, 'bench-' || g, 'bench',
        case when g % 12 = 7 then now() - (g % 5000) * interval '1 minute' else st.check_in + interval '9 hours' + (g % 600) * interval '1 minute' end,
        now(), case when g % 12 <> 7 then st.check_in + interval '10 hours' end
      from generate_series(1, ${count}) g
      join st on st.rn = 1 + g % ${stayCount}
      join sv on sv.rn = 1 + g % 20`);
    await db().execute(sql`insert into booking_messages (property_id, booking_id, at, author_kind, author_name, body)
      select property_id, id, created_at + interval '5 minutes', 'guest', 'Guest', 'Could it come later?'
      from bookings where property_id = ${propertyId} and status = 'confirmed' and abs(hashtext(id::text)) % 4 = 0`);
    return propertyId;
  }

  /** The queue's page as it was before migration 0011 (baseline): VIP from the joined stay, the "guest wrote" lookup per row. */
  function beforePage(propertyId: string) {
    const where = and(scopeOf({ staffId: "", propertyId, name: "", role: "reception", departmentIds: [] }), inArray(bookings.status, OPEN_STATUSES));
    const awaitingReply = sql<boolean>`coalesce((
      select m.author_kind = 'guest' from booking_messages m
      where m.booking_id = ${bookings.id} and not m.internal order by m.at desc, m.id desc limit 1
    ), false)`.mapWith(Boolean);
    return db()
      .select({ ...requestColumns, respondedAt: bookings.respondedAt, awaitingReply })
      .from(bookings)
      .innerJoin(services, eq(services.id, bookings.serviceId))
      .innerJoin(departments, eq(departments.id, bookings.departmentId))
      .innerJoin(stays, eq(stays.id, bookings.stayId))
      .leftJoin(assignee, eq(assignee.id, bookings.assignedTo))
      .where(where)
      .orderBy(desc(stays.vip), asc(bookings.createdAt), asc(bookings.id))
      .limit(PAGE);
  }
  function beforeCount(propertyId: string) {
    const where = and(scopeOf({ staffId: "", propertyId, name: "", role: "reception", departmentIds: [] }), inArray(bookings.status, OPEN_STATUSES));
    return db().select({ total: sql<number>`count(*)::int` }).from(bookings).innerJoin(stays, eq(stays.id, bookings.stayId)).where(where);
  }

  async function planOf(query: Parameters<typeof sql>[1]): Promise<string> {
    const [first] = rows<Record<string, unknown>>(await db().execute(sql`explain (format json) ${query}`));
    const raw = Object.values(first)[0];
    const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: Plan }[];
    const nodes = scans(plan[0].Plan);
    const sortsAll = JSON.stringify(plan).includes('"Sort"') ? " (+ sort)" : "";
    return [...new Set(nodes)].join(", ") + sortsAll;
  }

  try {
    await runMigrations(connection());
    const results: string[] = [];
    const pages: Record<number, { before: number; after: number }> = {};
    for (const size of SIZES) {
      const t0 = Date.now();
      const propertyId = await seed(size);
      // As autovacuum leaves a table in use: statistics, and the visibility map that index-only scans (the count) rely on.
      await db().execute(sql`vacuum analyze`);
      const [{ open }] = rows<{ open: number }>(
        await db().execute(sql`select count(*)::int open from bookings where property_id = ${propertyId} and status in ('requested','confirmed','in_progress')`),
      );
      console.log(`[bench] ${kind}: ${size} bookings (${open} open) seeded in ${Date.now() - t0} ms`);
      const staff = { staffId: crypto.randomUUID(), propertyId, name: "Bench reception", role: "reception" as const, departmentIds: [] };
      const runs = size > 1000 ? 100 : 200;

      const after = await time(runs, async () => (await queueQuery(staff, { limit: PAGE })).query);
      const afterCount = await time(runs, async () => (await queueCountQuery(staff)).query);
      const before = await time(runs, () => beforePage(propertyId));
      const beforeCountT = await time(runs, () => beforeCount(propertyId));
      const whole = await time(runs, () => listQueuePage(staff, {}));
      pages[size] = { before: before.p50, after: after.p50 };
      results.push(
        `[bench] ${String(size).padStart(6)} bookings  page query   ${ms(after)}   plan: ${await planOf((await queueQuery(staff, { limit: PAGE })).query)}`,
        `[bench] ${String(size).padStart(6)} bookings  count        ${ms(afterCount)}   plan: ${await planOf((await queueCountQuery(staff)).query)}`,
        `[bench] ${String(size).padStart(6)} bookings  page + count ${ms(whole)}   (listQueuePage, both at once)`,
        `[bench] ${String(size).padStart(6)} bookings  BEFORE page  ${ms(before)}   plan: ${await planOf(beforePage(propertyId))}`,
        `[bench] ${String(size).padStart(6)} bookings  BEFORE count ${ms(beforeCountT)}   plan: ${await planOf(beforeCount(propertyId))}`,
      );
    }
    console.log(results.join("\n"));
    const [small, big] = SIZES;
    if (process.argv.includes("--http")) {
      const bcrypt = (await import("bcryptjs")).default;
      const { staffMemberships, staffUsers } = await import("@/db/schema");
      const { createApiToken } = await import("@/server/auth/api-tokens");
      const password = "bench-pass-2026";
      const passwordHash = await bcrypt.hash(password, 10);
      const accounts: { size: number; email: string; token: string }[] = [];
      for (const [i, propertyId] of created.entries()) {
        const email = `bench-reception-${Date.now()}-${i}@bench.test`;
        const [reception] = await db().insert(staffUsers).values({ propertyId, email, name: "Bench reception", passwordHash }).returning();
        const [manager] = await db().insert(staffUsers).values({ propertyId, email: `m-${email}`, name: "Bench manager", passwordHash }).returning();
        await db()
          .insert(staffMemberships)
          .values([
            { staffId: reception.id, propertyId, role: "reception" },
            { staffId: manager.id, propertyId, role: "manager" },
          ]);
        const { token } = await createApiToken({ staffId: manager.id, propertyId, role: "manager" }, { name: "bench", staffId: reception.id });
        accounts.push({ size: SIZES[i], email, token });
      }
      // The embedded database has one owner: hand it to the app while it runs.
      if (kind === "pglite") await closeConnection();
      const app = await startApp(Number(process.env.BENCH_PORT ?? 4590), process.env);
      const http: Record<number, { page: number; api: number }> = {};
      try {
        const get = async (url: string, headers: Record<string, string>) => {
          const res = await fetch(`${app.baseURL}${url}`, { headers, redirect: "manual" });
          const body = await res.text();
          if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`);
        };
        const sessions = await Promise.all(accounts.map((a) => staffSession(app.baseURL, a.email, password)));
        // Side by side: the sizes take turns, so both see the same load on a shared machine.
        const samples = accounts.map(() => ({ page: [] as number[], api: [] as number[] }));
        for (let i = -3; i < 40; i++) {
          for (const [n, account] of accounts.entries()) {
            let s = performance.now();
            await get("/staff", { cookie: sessions[n] });
            if (i >= 0) samples[n].page.push(performance.now() - s);
            s = performance.now();
            await get("/api/v1/staff/requests", { authorization: `Bearer ${account.token}` });
            if (i >= 0) samples[n].api.push(performance.now() - s);
          }
        }
        const stats = (times: number[]) => {
          const sorted = [...times].sort((a, b) => a - b);
          return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
        };
        for (const [n, account] of accounts.entries()) {
          const page = stats(samples[n].page);
          const api = stats(samples[n].api);
          http[account.size] = { page: page.p50, api: api.p50 };
          console.log(`[bench] ${String(account.size).padStart(6)} bookings  /staff (reception)            ${ms(page)}`);
          console.log(`[bench] ${String(account.size).padStart(6)} bookings  GET /api/v1/staff/requests    ${ms(api)}`);
        }
      } finally {
        await app.stop();
      }
      console.log(
        `[bench] ratio ${big} / ${small} (p50): /staff ${(http[big].page / http[small].page).toFixed(2)}×, GET /api/v1/staff/requests ${(http[big].api / http[small].api).toFixed(2)}×`,
      );
    }
    console.log(
      `[bench] ratio ${big} / ${small} (page query p50): after ${(pages[big].after / pages[small].after).toFixed(2)}×, before ${(pages[big].before / pages[small].before).toFixed(2)}×`,
    );
  } finally {
    if (!process.argv.includes("--keep")) {
      for (const propertyId of created) {
        await db().execute(sql`delete from booking_messages where property_id = ${propertyId}`);
        await db().execute(sql`delete from api_tokens where property_id = ${propertyId}`);
        await db().execute(sql`delete from auth_sessions where subject_id in (select id from staff_users where property_id = ${propertyId})`);
        await db().execute(sql`delete from audit_log where property_id = ${propertyId}`);
        await db().execute(sql`delete from staff_users where property_id = ${propertyId}`);
        for (const table of ["bookings", "stays", "services", "departments"]) {
          await db().execute(sql`delete from ${sql.identifier(table)} where property_id = ${propertyId}`);
        }
        await db().execute(sql`delete from properties where id = ${propertyId}`);
      }
    }
    await closeConnection();
  }
}

// "server-only" throws outside the react-server condition: run again with it. Without DATABASE_URL: a fresh embedded database.
if (!process.execArgv.some((a) => a.includes("react-server")) && !process.env.BENCH_CHILD) {
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_CHILD: "1" };
  if (!env.DATABASE_URL) {
    const dir = path.resolve(".data/bench-queue");
    fs.rmSync(dir, { recursive: true, force: true });
    env.PGLITE_DIR = dir;
  }
  const result = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env,
  });
  process.exit(result.status ?? 1);
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
