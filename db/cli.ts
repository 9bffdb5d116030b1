// Database commands for npm scripts: migrate, seed, prepare (migrate, then seed the embedded database when empty).
import { openConnection } from "./client";
import { runMigrations } from "./migrate";
import { seedDemo } from "./seed";
import { env } from "@/lib/env";

async function main(command: string | undefined): Promise<void> {
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
      throw new Error(`Unknown command "${command}". Use: migrate | seed | prepare`);
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

