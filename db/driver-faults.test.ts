// The PostgreSQL driver under database faults (issue 9 point 1): backends killed in the middle of transactions must
// not crash the process, leave a pool slot that never connects again, or let a dead transaction's later statements
// run outside it. PostgreSQL only (pg_terminate_backend); skipped without DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openConnection, type Connection } from "@/db/client";

const url = process.env.DATABASE_URL;
const APP = "gs_driver_faults";
const TABLE = "driver_faults_probe";

function withAppName(raw: string): string {
  const u = new URL(raw);
  u.searchParams.set("application_name", APP);
  return u.toString();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `promise`, or a rejection naming `what` once `ms` have passed: a hang fails the test with a reason. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe.skipIf(!url)("postgres.js under backend kills", () => {
  let admin: postgres.Sql;
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);

  beforeAll(async () => {
    admin = postgres(url!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create table if not exists ${TABLE} (id text primary key)`);
    process.on("uncaughtException", onUncaught);
  });

  afterAll(async () => {
    process.off("uncaughtException", onUncaught);
    await admin?.unsafe(`drop table if exists ${TABLE}`);
    await admin?.end({ timeout: 5 });
  });

  /** Terminates every backend of the pool under test; returns how many. */
  async function killPool(): Promise<number> {
    const rows = await admin<{ killed: boolean }[]>`
      select pg_terminate_backend(pid) as killed from pg_stat_activity
      where datname = current_database() and application_name = ${APP} and pid <> pg_backend_pid()`;
    return rows.length;
  }

  /** Runs `n` small queries, `width` at a time so every pool slot is used; returns the slowest in ms. */
  async function queriesSucceedFast(conn: Connection, n: number, width: number): Promise<number> {
    let slowest = 0;
    for (let done = 0; done < n; done += width) {
      await Promise.all(
        Array.from({ length: Math.min(width, n - done) }, async () => {
          const started = performance.now();
          await within(5_000, "a query after the storm", conn.db.execute(sql`select pg_sleep(0.02)`));
          slowest = Math.max(slowest, performance.now() - started);
        }),
      );
    }
    return slowest;
  }

  it("survives kill storms during transactions: no uncaught exception, no poisoned slot", async () => {
    const conn = openConnection({ databaseUrl: withAppName(url!), poolMax: 4 });
    let killed = 0;
    let failed = 0;
    let committed = 0;
    const acknowledged = new Set<string>();
    const inDoubt = new Set<string>();
    try {
      for (let round = 0; round < 12; round++) {
        const work = Array.from({ length: 8 }, (_, i) =>
          conn.db
            .transaction(async (tx) => {
              await tx.execute(sql`select pg_sleep(${0.01 * (i % 4)})`);
              await tx.execute(sql`insert into ${sql.raw(TABLE)} (id) values (${`r${round}-${i}`})`);
              await tx.execute(sql`select pg_sleep(0.05)`);
              // Only the COMMIT is left: if the connection dies now, the outcome is in doubt for any client.
              inDoubt.add(`r${round}-${i}`);
            })
            .then(
              () => {
                committed++;
                acknowledged.add(`r${round}-${i}`);
              },
              () => failed++,
            ),
        );
        await sleep(20 + (round % 4) * 15);
        killed += await killPool();
        await within(10_000, `the transactions of kill round ${round + 1}`, Promise.all(work));
        // Let the pool notice the closed sockets before the next round.
        await sleep(50);
      }
      expect(killed, "the storm killed backends").toBeGreaterThan(0);
      expect(failed, "some transactions died with their backend").toBeGreaterThan(0);
      // Give immediates scheduled on dead sockets a chance to fire.
      await sleep(200);
      expect(uncaught.map((e) => String(e))).toEqual([]);

      // Every slot connects again, at once: 50 queries over all four slots, none waiting for a connect timeout.
      const slowest = await queriesSucceedFast(conn, 50, 8);
      expect(slowest, "slowest query after the storm (ms)").toBeLessThan(2_000);
      // Every acknowledged transaction left its row; none that failed before its COMMIT did.
      const rows = await admin<{ id: string }[]>`select id from ${admin(TABLE)} where id like 'r%'`;
      const found = new Set(rows.map((r) => r.id));
      expect([...acknowledged].filter((id) => !found.has(id)), "acknowledged but not in the database").toEqual([]);
      // A row whose transaction failed is only possible when the connection died during its COMMIT.
      const unacknowledged = [...found].filter((id) => !acknowledged.has(id));
      expect(unacknowledged.filter((id) => !inDoubt.has(id)), "written by a transaction that failed before its COMMIT").toEqual([]);
      console.log(`[driver-faults] killed ${killed} backends, ${failed} transactions failed, ${committed} committed, ${unacknowledged.length} committed during a kill (in doubt), slowest after: ${Math.round(slowest)} ms`);
    } finally {
      // Reported, not thrown: a hang above is the failure to show.
      await within(7_000, "closing the pool", conn.close()).catch((err) => console.error("[driver-faults]", (err as Error).message));
    }
    expect(uncaught.map((e) => String(e))).toEqual([]);
  }, 60_000);

  it("the LISTEN connection comes back by itself after its backend is killed", async () => {
    const conn = openConnection({ databaseUrl: withAppName(url!), poolMax: 2 });
    const heard: string[] = [];
    let listens = 0;
    try {
      await conn.sql!.listen("gs_driver_faults", (payload) => heard.push(payload), () => listens++);
      for (let round = 0; round < 3; round++) {
        await killPool();
        const payload = `after-kill-${round}`;
        const started = Date.now();
        while (!heard.includes(payload) && Date.now() - started < 10_000) {
          await admin`select pg_notify('gs_driver_faults', ${payload})`;
          await sleep(100);
        }
        expect(heard, `a notification within 10 s of kill ${round + 1}`).toContain(payload);
      }
      expect(listens, "LISTEN ran again after every kill").toBeGreaterThanOrEqual(4);
    } finally {
      await within(7_000, "closing the pool", conn.close()).catch((err) => console.error("[driver-faults]", (err as Error).message));
    }
    expect(uncaught.map((e) => String(e))).toEqual([]);
  }, 60_000);

  it("a transaction whose backend died rejects its later statements instead of running them outside it", async () => {
    // One slot, so the pool's next query reconnects the very connection the dead transaction held.
    const conn = openConnection({ databaseUrl: withAppName(url!), poolMax: 1 });
    const id = `dead-tx-${Date.now()}`;
    let later: Promise<unknown> | undefined;
    try {
      const txDone = conn.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await killPool();
        // The connection is closed now; the pool reconnects the slot for another query meanwhile.
        await sleep(300);
        await conn.db.execute(sql`select 1`).catch(() => {});
        later = tx.execute(sql`insert into ${sql.raw(TABLE)} (id) values (${id})`);
        await later;
      });
      await expect(within(5_000, "the dead transaction", txDone)).rejects.not.toThrow(/no answer within/);
      // The transaction's own promise may settle before its callback reaches the later statement.
      for (let i = 0; i < 50 && !later; i++) await sleep(20);
      expect(later, "the callback went on to its later statement").toBeDefined();
      await expect(within(5_000, "the later statement", later!)).rejects.not.toThrow(/no answer within/);
      const rows = await admin`select id from ${admin(TABLE)} where id = ${id}`;
      expect(rows.length, "the later statement's row must not have been written outside the transaction").toBe(0);
      // The slot itself works.
      await within(5_000, "a query on the reconnected slot", conn.db.execute(sql`select 1`));
    } finally {
      // Reported, not thrown: a hang above is the failure to show.
      await within(7_000, "closing the pool", conn.close()).catch((err) => console.error("[driver-faults]", (err as Error).message));
    }
    expect(uncaught.map((e) => String(e))).toEqual([]);
  }, 30_000);
});
