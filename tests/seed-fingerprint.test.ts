// The demo hotel's fingerprint: the rows the seed writes for a fixed day, per table, and one checksum over all of
// them. A change to the demo data changes the checksum; a change that only moves code around (the split of
// db/seed.ts into db/seed/) must not. Values that differ on every run are replaced before hashing: ids by the
// content of the row they name (so a reference to the wrong row still changes the checksum), bcrypt hashes by a
// marker, and the database's own `now()` defaults by a marker. Embedded database only: it starts empty.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";
import { useTestDatabase } from "@/tests/migrate";

useTestDatabase();

const NOW = new Date("2026-06-15T08:30:00Z");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?$/;

type Row = Record<string, unknown>;

async function tables(): Promise<Record<string, Row[]>> {
  const names = (await db().execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows?: Row[] } | Row[];
  const list = (Array.isArray(names) ? names : (names.rows ?? [])).map((r) => String(r.table_name));
  const out: Record<string, Row[]> = {};
  for (const name of list) {
    const res = (await db().execute(sql.raw(`select row_to_json(t)::text as j from "${name}" t`))) as unknown as { rows?: Row[] } | Row[];
    out[name] = (Array.isArray(res) ? res : (res.rows ?? [])).map((r) => JSON.parse(String(r.j)) as Row);
  }
  return out;
}

function canonical(value: unknown, started: number, ids: Map<string, string> | null): unknown {
  if (typeof value === "string") {
    if (UUID.test(value)) return ids?.get(value) ?? "<id>";
    if (/^\$2[aby]\$/.test(value)) return "<bcrypt>";
    if (TIMESTAMP.test(value) && Math.abs(Date.parse(value) - started) < 10 * 60_000) return "<now()>";
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => canonical(v, started, ids));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Row)[k], started, ids)]));
  }
  return value;
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe.skipIf(Boolean(env().DATABASE_URL))("the demo hotel's fingerprint", () => {
  it("is printed per table, with a checksum over every row", async () => {
    const started = Date.now();
    expect(await seedDemo(db(), NOW)).toEqual({ created: true });
    const all = await tables();
    // First pass: each row that has an id, named by its table and its content without ids.
    const ids = new Map<string, string>();
    for (const [table, rows] of Object.entries(all)) {
      for (const row of rows) {
        if (typeof row.id === "string") ids.set(row.id, `${table}:${sha(JSON.stringify(canonical(row, started, null))).slice(0, 16)}`);
      }
    }
    const counts: Record<string, number> = {};
    const perTable: string[] = [];
    for (const [table, rows] of Object.entries(all)) {
      counts[table] = rows.length;
      const lines = rows.map((row) => JSON.stringify(canonical(row, started, ids))).sort();
      perTable.push(`${table}\n${lines.join("\n")}`);
    }
    const checksum = sha(perTable.join("\n\n"));
    console.log(`[seed fingerprint] rows per table: ${JSON.stringify(counts)}`);
    console.log(`[seed fingerprint] checksum: ${checksum}`);
    // The lakeside hotel and the group's Bangkok hotel.
    expect(counts.properties).toBe(2);
    expect(counts.departments).toBe(7 + 3);
    expect(counts.packages).toBe(3);
    // Five at the lakeside hotel; the group administrator, Bangkok's manager and receptionist, and one working at both.
    expect(counts.staff_users).toBe(5 + 4);
    expect(counts.staff_memberships).toBe(5 + 4);
  });
});
