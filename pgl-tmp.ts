import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
async function main() {
  let t = Date.now();
  const a = new PGlite("memory://"); await a.waitReady;
  const init = Date.now() - t; t = Date.now();
  await migrate(drizzle(a), { migrationsFolder: "db/migrations" });
  const mig = Date.now() - t; t = Date.now();
  const dump = await a.dumpDataDir("none");
  const dumpMs = Date.now() - t; t = Date.now();
  const b = new PGlite("memory://", { loadDataDir: dump }); await b.waitReady;
  const load = Date.now() - t;
  const r = await b.query("select count(*) from information_schema.tables where table_schema='public'");
  console.log({ init, mig, dumpMs, load, size: dump.size, tables: r.rows });
}
main();
