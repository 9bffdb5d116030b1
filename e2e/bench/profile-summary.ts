// Where a server's CPU went: a summary of V8 CPU profiles (`node --cpu-prof`, e.g. `npm run bench -- --profile=DIR`).
//   npx tsx e2e/bench/profile-summary.ts DIR [--top=25] [--match=text]
// For each profile: its sampled time, then self time by package (node_modules/<package>, Next.js's compiled bundles by
// their name, the app's own chunks, node internals, garbage collection, idle) and the functions with the most self
// time. With --match, only the samples whose stack contains a frame whose function or URL contains the text (e.g.
// --match=api/v1/bookings), so one route's share can be read apart from the rest.
import fs from "node:fs";
import path from "node:path";

type Frame = { functionName: string; url: string; lineNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const [dir, ...rest] = process.argv.slice(2);
if (!dir) throw new Error("usage: profile-summary.ts DIR [--top=25] [--match=text]");
const opts = new Map(rest.map((a) => a.replace(/^--/, "").split("=") as [string, string]));
const TOP = Number(opts.get("top") ?? 25);
const MATCH = opts.get("match");

/** What a frame belongs to, by its script's URL. */
function owner(frame: Frame): string {
  const { url, functionName } = frame;
  if (functionName === "(garbage collector)") return "(garbage collector)";
  if (functionName === "(idle)" || functionName === "(program)") return functionName;
  if (!url) return "(native)";
  if (url.startsWith("node:")) return "node internals";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const after = url.slice(nm + "node_modules/".length).split("/");
    const pkg = after[0].startsWith("@") ? `${after[0]}/${after[1]}` : after[0];
    if (pkg === "next" && after.includes("compiled")) return `next/compiled/${after[after.indexOf("compiled") + 1]}`;
    return pkg;
  }
  if (url.includes("/.next/server/chunks/")) return "app chunks (.next/server/chunks)";
  if (url.includes("/.next/server/app/")) return "app pages (.next/server/app)";
  return path.relative(process.cwd(), url.replace(/^file:\/\//, ""));
}

const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
  const profile: Profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const matches = new Map<number, boolean>();
  const inScope = (id: number): boolean => {
    if (!MATCH) return true;
    const known = matches.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const hit = n.callFrame.functionName.includes(MATCH) || n.callFrame.url.includes(MATCH) || (parent.has(id) && inScope(parent.get(id)!));
    matches.set(id, hit);
    return hit;
  };
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName !== "(idle)") total += dt;
    if (!inScope(id)) return;
    busy += dt;
    const who = owner(frame);
    byOwner.set(who, (byOwner.get(who) ?? 0) + dt);
    const fn = `${frame.functionName || "(anonymous)"} ${who}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  });
  if (total < 500_000) continue; // a helper process (npm, the migrations) that did next to nothing
  console.log(`\n${file}: ${ms(total)} ms busy${MATCH ? `, ${ms(busy)} ms of it under "${MATCH}" (${((100 * busy) / total).toFixed(1)} %)` : ""}`);
  console.log("  self time by package");
  for (const [who, t] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${ms(t)} ms ${((100 * t) / busy).toFixed(1).padStart(5)} %  ${who}`);
  }
  console.log("  self time by function");
  for (const [fn, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${ms(t)} ms ${((100 * t) / busy).toFixed(1).padStart(5)} %  ${fn}`);
  }
}
