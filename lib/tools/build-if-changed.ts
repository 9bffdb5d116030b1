// `npm start`'s first half: build only when the sources changed since the last build (then `npm run serve` migrates,
// seeds the demo if empty, and serves). The build does not type-check (next.config.js; `npm test` and `npm run typecheck` do), so a first start is quicker,
// and a start with nothing changed goes straight to serving. A build's inputs are fingerprinted into its folder.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
const stamp = path.join(distDir, "source-fingerprint");

/** What a build is made from: the source folders, the root config files and the lock file. */
const INPUT_DIRS = ["app", "components", "lib", "server", "db", "public"];
const INPUT_FILES = ["package-lock.json", "package.json", "next.config.js", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "auth.ts", "instrumentation.ts"];
const SKIPPED = /(^|\/)(node_modules|\.data|\.next[^/]*)(\/|$)|\.test\.tsx?$/;

function files(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (SKIPPED.test(rel)) continue;
    if (entry.isDirectory()) out.push(...files(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** A hash of every input's path and content, and of the environment a build reads (NEXT_PUBLIC_*). */
export function sourceFingerprint(root: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  const inputs = [...INPUT_DIRS.filter((d) => fs.existsSync(path.join(root, d))).flatMap((d) => files(root, d)), ...INPUT_FILES.filter((f) => fs.existsSync(path.join(root, f)))];
  for (const file of inputs.sort()) {
    hash.update(file).update("\0").update(fs.readFileSync(path.join(root, file))).update("\0");
  }
  for (const [key, value] of Object.entries(env).filter(([k]) => k.startsWith("NEXT_PUBLIC_")).sort()) hash.update(`${key}=${value}\0`);
  return hash.digest("hex");
}

function sh(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function main(): void {
  const fingerprint = sourceFingerprint(root);
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === fingerprint;
  if (built) {
    console.log("[start] nothing changed since the last build: no rebuild");
  } else {
    sh("npx", ["next", "build"]);
    fs.writeFileSync(stamp, fingerprint + "\n");
  }
}

if (require.main === module) main();
