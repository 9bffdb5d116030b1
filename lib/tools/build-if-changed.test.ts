import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./build-if-changed";

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-fingerprint-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe("sourceFingerprint (npm start rebuilds only when it changes)", () => {
  it("is the same for the same sources, whatever the data, build output, dependencies or tests", () => {
    const root = tree({ "app/page.tsx": "a", "package-lock.json": "{}", "lib/x.ts": "x" });
    const before = sourceFingerprint(root, {});
    for (const [file, text] of Object.entries({ ".data/pglite/x": "1", ".next/BUILD_ID": "b", "node_modules/p/i.js": "m", "lib/x.test.ts": "t", "README.md": "r" })) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    expect(sourceFingerprint(root, {})).toBe(before);
  });

  it("changes with a source's content, a new file, the lock file or a NEXT_PUBLIC_ variable", () => {
    const root = tree({ "app/page.tsx": "a", "package-lock.json": "{}" });
    const seen = new Set([sourceFingerprint(root, {})]);
    fs.writeFileSync(path.join(root, "app/page.tsx"), "b");
    seen.add(sourceFingerprint(root, {}));
    fs.writeFileSync(path.join(root, "app/new.tsx"), "");
    seen.add(sourceFingerprint(root, {}));
    fs.writeFileSync(path.join(root, "package-lock.json"), "{ }");
    seen.add(sourceFingerprint(root, {}));
    seen.add(sourceFingerprint(root, { NEXT_PUBLIC_X: "1" }));
    expect(seen.size).toBe(5);
    // Other variables are read when the app runs, not built into it.
    expect(sourceFingerprint(root, { DATABASE_URL: "postgres://x" })).toBe(sourceFingerprint(root, {}));
  });
});
