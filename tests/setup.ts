// Runs before every test file (vitest.config.ts → setupFiles), each in its own process.
// Without DATABASE_URL each test file gets its own in-memory embedded database, started from the migrated template
// tests/global-setup.ts made for this run.
import { inject } from "vitest";

process.env.PGLITE_DIR ??= "memory://";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
const template = inject("pgliteTemplate");
if (template && !process.env.DATABASE_URL) process.env.PGLITE_TEMPLATE ??= template;
