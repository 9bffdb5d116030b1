// Every end-to-end spec takes `test` from e2e/fixtures/test.ts, whose fixture fails a test on any Content Security
// Policy violation in the browser: a spec importing @playwright/test directly would not be watched.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const E2E = path.join(__dirname, "../e2e");

it("every e2e spec imports test from ./fixtures/test, none from @playwright/test", () => {
  const specs = fs.readdirSync(E2E, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".spec.ts"));
  expect(specs.length).toBeGreaterThan(10);
  const wrong = specs.filter((file) => {
    const src = fs.readFileSync(path.join(E2E, file), "utf8");
    const imports = [...src.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gms)];
    const fromFixture = imports.some(([statement, from]) => /(^|\/)fixtures\/test$/.test(from) && /\btest\b/.test(statement));
    return !fromFixture || imports.some(([, from]) => from === "@playwright/test");
  });
  expect(wrong, "import { test, expect } from \"./fixtures/test\" in these").toEqual([]);
});
