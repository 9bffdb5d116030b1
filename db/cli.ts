// Database commands for npm scripts: migrate, seed, prepare (migrate, then seed the embedded database when empty),
// backup <file> and restore <file>.
import { backup, restore } from "./backup";
import { openConnection } from "./client";
import { runMigrations } from "./migrate";
import { seedDemo } from "./seed";
import { env } from "@/lib/env";

async function main(command: string | undefined): Promise<void> {
  if (command === "backup" || command === "restore") {
    const file = process.argv[3];
    if (!file) throw new Error(`Name the backup file: npm run db:${command} -- <file>`);
    const target = { databaseUrl: env().DATABASE_URL, pgliteDir: env().PGLITE_DIR };
    const where = target.databaseUrl ? "PostgreSQL server" : `embedded database (${env().PGLITE_DIR})`;
    if (command === "backup") console.log(`[db] backup of the ${where} written to ${await backup(target, file)}`);
    else {
      const previous = await restore(target, file);
      console.log(`[db] ${file} restored into the ${where}${target.databaseUrl ? "" : `; the previous data folder is kept at ${previous}`}`);
    }
    return;
  }
  const conn = openConnection({ poolMax: 1 });
  const where = conn.kind === "pglite" ? `embedded database (${env().PGLITE_DIR})` : "PostgreSQL server";
  try {
    if (command === "migrate" || command === "prepare" || command === "seed") {
      await runMigrations(conn);
      console.log(`[db] migrations applied to the ${where}`);
    }
    // The demo hotel goes into the embedded database by itself; a server database only when asked.
    const seed = command === "seed" || (command === "prepare" && (conn.kind === "pglite" || env().SEED_DEMO));
    if (seed) {
      const { created } = await seedDemo(conn.db);
      console.log(created ? `[db] demo hotel seeded into the ${where}` : "[db] demo hotel already present");
    }
    if (!["migrate", "prepare", "seed"].includes(command ?? "")) {
      throw new Error(`Unknown command "${command}". Use: migrate | seed | prepare | backup <file> | restore <file>`);
    }
  } finally {
    await conn.close();
  }
}

main(process.argv[2]).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`[db] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);

