// `npm run test:reliability`: the concurrency and bad-input tests (docs/reliability.md §1–§7, §16, §17, §19) against the
// PostgreSQL server in DATABASE_URL, with two app instances. `npm test` runs them too whenever DATABASE_URL is set.
import { spawnSync } from "node:child_process";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to a PostgreSQL database (it is migrated and seeded with the demo hotel), e.g.\n  DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run test:reliability");
  process.exit(2);
}

function run(command: string, args: string[]): void {
  const { status } = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (status !== 0) process.exit(status ?? 1);
}

run("npx", ["vitest", "run", "tests/reliability.test.ts", "tests/reliability-model.test.ts", "server/booking/freed-places.test.ts", "server/booking/stored-prices.test.ts", "server/booking/rentals.test.ts", "server/booking/schedule.test.ts", "tests/rest-api.test.ts"]);
run("npx", ["next", "build"]);
run("npx", ["playwright", "test", "e2e/reliability.spec.ts", "e2e/api-guest.spec.ts", "e2e/api-staff.spec.ts", "e2e/api-contract.spec.ts"]);
