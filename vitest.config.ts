import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Files whose results must not depend on the process time zone: run again under a zone far from the hotel's.
const TIME_ZONE_SENSITIVE = ["lib/time.test.ts", "lib/availability.test.ts", "lib/report-period.test.ts"];
// Only meaningful in the unit-tz project: proves TZ took effect there.
const TIME_ZONE_PROOF = "tests/time-zone.test.ts";
// Concurrency tests (docs/reliability.md §3, §4, §6, §7): only against PostgreSQL. PGlite has one connection and
// serialises everything, so races cannot show there; without DATABASE_URL the file is not collected at all.
const POSTGRES_ONLY = ["tests/reliability.test.ts", "tests/reliability-model.test.ts"];
const WITHOUT_POSTGRES = process.env.DATABASE_URL ? [] : POSTGRES_ONLY;
// Tests that use no database: run once by `npm test` even when it tests two databases (project "pure"); every other
// test file is in project "database" and runs against each. Everything under lib/ is pure by the layer rules.
const PURE = ["lib/**/*.test.ts", "app/api/v1/_lib/openapi.test.ts", "tests/e2e-imports.test.ts", "tests/doc-pointers.test.ts", "tests/admin-schemas.test.ts", "tests/proxy.test.ts", "tests/bench-floor.test.ts", "app/_server/session-token.test.ts", "tests/property-scope-schema.test.ts", "tests/chromium-features.test.ts"];
const ALL = ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"];
const IGNORED = ["e2e/**", "node_modules/**", ".next/**", ".data/**", TIME_ZONE_PROOF, ...WITHOUT_POSTGRES];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `import "server-only"` throws outside a React Server Component bundle: a no-op in tests.
      "server-only": path.join(root, "tests/empty.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["tests/setup.ts"],
    projects: [
      {
        extends: true,
        test: { name: "pure", include: PURE, exclude: IGNORED },
      },
      {
        extends: true,
        // On the embedded database, one migrated template for the run's test files (tests/global-setup.ts).
        test: { name: "database", include: ALL, exclude: [...IGNORED, ...PURE], globalSetup: ["tests/global-setup.ts"] },
      },
      {
        extends: true,
        test: {
          name: "unit-tz",
          include: [...TIME_ZONE_SENSITIVE, TIME_ZONE_PROOF],
          // Applied to process.env in each fork before the test file loads; Node re-reads TZ when it is assigned.
          env: { TZ: "America/Los_Angeles" },
        },
      },
    ],
  },
});
