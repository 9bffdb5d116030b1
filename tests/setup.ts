// Runs before every test file (vitest.config.ts → setupFiles), each in its own process.
// Without DATABASE_URL each test file gets its own in-memory embedded database.
process.env.PGLITE_DIR ??= "memory://";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
