// Benchmark of the manager's reports: 100 000 bookings in a fresh property, then each report's time (figures, not asserted).
// Run: DATABASE_URL=postgres://… npx tsx db/bench/reports.ts   (re-runs itself with the react-server condition for "server-only").
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BOOKINGS = 100_000;
const STAYS = 25_000;
const SERVICES = 20;

async function main(): Promise<void> {
  const { sql } = await import("drizzle-orm");
  const { openConnection } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrate");
  const reports = await import("@/server/reports/reports");
  const conn = openConnection();
  const db = conn.db;
  try {
    await runMigrations(conn);
    const rows = <T,>(r: unknown) => ((Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[]);
    const slug = `bench-${Date.now()}`;
    const t0 = Date.now();
    const [{ id: propertyId }] = rows<{ id: string }>(
      await db.execute(sql`insert into properties (slug, name, time_zone, currency) values (${slug}, 'Bench hotel', 'Europe/Berlin', 'EUR') returning id`),
    );
    await db.execute(sql`insert into departments (property_id, slug, name, response_target_minutes)
      select ${propertyId}, 'dept-' || g, 'Department ' || g, 10 + g * 5 from generate_series(1, 5) g`);
    await db.execute(sql`insert into services (property_id, department_id, slug, name, description, mode, price_minor, price_unit, tax_rate_bp, cost_minor, complimentary, sort_order)
      select ${propertyId}, (select id from departments where property_id = ${propertyId} and slug = 'dept-' || (1 + g % 5)),
        'svc-' || g, jsonb_build_object('en', 'Service ' || g), '{"en":""}'::jsonb,
        (case when g % 4 = 0 then 'rental' else 'on_request' end)::booking_mode, 1000 + g * 100,
        (case when g % 4 = 0 then 'per_day' else 'per_booking' end)::price_unit, 1900, 400 + g * 30, g % 10 = 0, g
      from generate_series(1, ${SERVICES}) g`);
    await db.execute(sql`insert into packages (property_id, slug, name, description)
      select ${propertyId}, 'pkg-' || g, jsonb_build_object('en', 'Package ' || g), '{"en":""}'::jsonb from generate_series(1, 3) g`);
    await db.execute(sql`insert into package_items (package_id, service_id)
      select p.id, s.id from packages p join services s on s.property_id = p.property_id
      where p.property_id = ${propertyId} and s.sort_order % 3 = (substr(p.slug, 5)::int - 1)`);
    await db.execute(sql`insert into stays (property_id, reservation_code, surname, guest_name, check_in, check_out, adults, children_ages)
      select ${propertyId}, upper(${slug}) || '-' || g, 'Bench', 'Guest ' || g, current_date - (g % 365), current_date - (g % 365) + 1 + g % 6, 2,
        case when g % 3 = 0 then array[g % 12] else array[]::int[] end
      from generate_series(1, ${STAYS}) g`);
    await db.execute(sql`
      with st as (select id, check_in, row_number() over (order by id) rn from stays where property_id = ${propertyId}),
      sv as (select s.id, s.department_id, (select d.response_target_minutes from departments d where d.id = s.department_id) target,
               s.price_minor, s.cost_minor, s.mode, row_number() over (order by s.sort_order) rn,
               (select package_id from package_items i where i.service_id = s.id limit 1) package_id
             from services s where s.property_id = ${propertyId})
      insert into bookings (property_id, stay_id, service_id, department_id, status, quantity, start_day, end_day, package_id,
        currency, price_lines, total_minor, tax_minor, cost_minor, response_target_minutes, idempotency_key, request_hash, created_at, updated_at, responded_at, fulfilled_at)
      select ${propertyId}, st.id, sv.id, sv.department_id,
        (array['fulfilled','fulfilled','fulfilled','fulfilled','fulfilled','fulfilled','fulfilled','confirmed','declined','cancelled','no_show','expired'])[1 + g % 12]::booking_status,
        1 + g % 3,
        case when sv.mode = 'rental' then st.check_in end, case when sv.mode = 'rental' then st.check_in + 1 end,
        case when g % 2 = 0 then sv.package_id end,
        'EUR', '[]'::jsonb, sv.price_minor * (1 + g % 3), round(sv.price_minor * (1 + g % 3) * 19 / 119.0),
        sv.cost_minor * (1 + g % 3) * (case when sv.mode = 'rental' then 2 else 1 end), sv.target, 'bench-' || g, 'bench',
        st.check_in + interval '9 hours' + (g % 600) * interval '1 minute', now(),
        case when g % 12 <> 11 then st.check_in + interval '9 hours' + (g % 600 + g % 47) * interval '1 minute' end,
        case when g % 12 < 7 then st.check_in + interval '10 hours' + (g % 600 + g % 131) * interval '1 minute' end
      from generate_series(1, ${BOOKINGS}) g
      join st on st.rn = 1 + g % ${STAYS}
      join sv on sv.rn = 1 + g % ${SERVICES}`);
    await db.execute(sql`insert into ratings (property_id, booking_id, stay_id, service_id, score, complaint, created_at)
      select property_id, id, stay_id, service_id, 1 + (abs(hashtext(id::text)) % 5), abs(hashtext(id::text)) % 17 = 0, fulfilled_at + interval '2 hours'
      from bookings where property_id = ${propertyId} and status = 'fulfilled' and abs(hashtext(id::text)) % 3 = 0`);
    await db.execute(sql`insert into credits (property_id, stay_id, booking_id, amount_minor, currency, reason, created_at)
      select property_id, stay_id, id, 500 + (abs(hashtext(id::text)) % 20) * 100, 'EUR', 'Reason ' || (abs(hashtext(id::text)) % 6), responded_at + interval '1 hour'
      from bookings where property_id = ${propertyId} and status = 'fulfilled' and abs(hashtext(id::text)) % 20 = 0`);
    await db.execute(sql`analyze`);
    console.log(`[bench] ${conn.kind}: inserted ${BOOKINGS} bookings, ${STAYS} stays in ${Date.now() - t0} ms`);

    const today = new Date().toISOString().slice(0, 10);
    const periods = [
      { label: "30 days", from: new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10), to: today },
      { label: "365 days", from: new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10), to: today },
    ];
    const runs: [string, (scope: Parameters<typeof reports.reportTiming>[0]) => Promise<unknown>][] = [
      ["revenue by service", reports.reportRevenueByService],
      ["revenue by package", reports.reportRevenueByPackage],
      ["uptake", reports.reportUptake],
      ["timing", reports.reportTiming],
      ["ratings", reports.reportRatings],
      ["credits", reports.reportCredits],
      ["all (page)", (scope) => reports.loadReports(scope)],
    ];
    for (const period of periods) {
      const scope = { propertyId, timeZone: "Europe/Berlin", period: { from: period.from, to: period.to } };
      for (const [name, run] of runs) {
        await run(scope); // warm
        const times: number[] = [];
        for (let i = 0; i < 3; i++) {
          const s = performance.now();
          await run(scope);
          times.push(performance.now() - s);
        }
        console.log(`[bench] ${period.label.padEnd(8)} ${name.padEnd(20)} best ${Math.min(...times).toFixed(1)} ms, median ${times.sort((a, b) => a - b)[1].toFixed(1)} ms`);
      }
    }
    if (process.argv.includes("--explain")) {
      const plan = rows<Record<string, string>>(
        await db.execute(sql`explain analyze select service_id, count(*), sum(total_minor) from bookings
          where property_id = ${propertyId} and status in ('confirmed','in_progress','fulfilled','no_show')
          and created_at >= now() - interval '30 days' group by service_id`),
      );
      console.log(plan.map((r) => Object.values(r)[0]).join("\n"));
    }
    if (!process.argv.includes("--keep")) {
      for (const table of ["credits", "ratings", "bookings", "stays", "package_items", "packages", "services", "departments"]) {
        if (table === "package_items") await db.execute(sql`delete from package_items where package_id in (select id from packages where property_id = ${propertyId})`);
        else await db.execute(sql`delete from ${sql.identifier(table)} where property_id = ${propertyId}`);
      }
      await db.execute(sql`delete from properties where id = ${propertyId}`);
    }
  } finally {
    await conn.close();
  }
}

// "server-only" throws outside the react-server condition: run again with it.
if (!process.execArgv.some((a) => a.includes("react-server")) && !process.env.BENCH_CHILD) {
  const result = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_CHILD: "1" },
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
