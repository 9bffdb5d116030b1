// Finds, by reading the source tree as it is now, everything of the app that a browser or client can call directly:
// the exports of every "use server" file (Server Actions), the HTTP methods of every route handler, and the default
// export of every page. No hand-kept list: the access matrix test compares what is found here with its MATRIX.
import fs from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export type TargetKind = "action" | "route" | "page";
/** One thing to call: `key` is "<file>#<export>", the file relative to the project root. */
export type Target = { key: string; file: string; name: string; kind: TargetKind };

const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;

function walk(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) out.push(...walk(root, rel));
    } else if (SOURCE.test(entry.name) && !/\.test\.[jt]sx?$/.test(entry.name)) {
      out.push(rel);
    }
  }
  return out.sort();
}

/** The source without its leading whitespace and comments: what its first statement starts with. */
export function firstStatement(src: string): string {
  return src.replace(/^(?:\s+|\/\/[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, "");
}

const USE_SERVER_FIRST = /^(["'])use server\1/;
/** A "use server" directive on a line of its own, anywhere (e.g. inside a function body). */
const USE_SERVER_ANYWHERE = /^\s*(["'])use server\1;?\s*$/m;

/** Exported names: `export const X =`, `export [async] function X`, `export const { A, B } =`, `export { a as B }`, default. */
export function exportedNames(src: string): string[] {
  const names = new Set<string>();
  for (const m of src.matchAll(/^\s*export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
  for (const m of src.matchAll(/^\s*export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*[=:]/gm)) names.add(m[1]);
  for (const m of src.matchAll(/^\s*export\s+(?:const|let|var)\s*\{([^}]*)\}\s*=/gm)) {
    for (const part of m[1].split(",")) {
      const local = part.split(":").at(-1)!.split("=")[0].trim();
      if (local) names.add(local);
    }
  }
  for (const m of src.matchAll(/^\s*export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1].split(",")) {
      const name = part.split(/\s+as\s+/).at(-1)!.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  if (/^\s*export\s+default\b/m.test(src)) names.add("default");
  return [...names];
}

export function discover(root: string): { targets: Target[]; inlineActions: string[] } {
  const targets: Target[] = [];
  const inlineActions: string[] = [];
  for (const file of [...walk(root, "app"), ...walk(root, "components"), ...walk(root, "lib"), ...walk(root, "server")]) {
    const src = fs.readFileSync(path.join(root, file), "utf8");
    if (USE_SERVER_FIRST.test(firstStatement(src))) {
      // Every export of a "use server" file is a Server Action anyone can POST to.
      for (const name of exportedNames(src)) targets.push({ key: `${file}#${name}`, file, name, kind: "action" });
    } else if (USE_SERVER_ANYWHERE.test(src)) {
      inlineActions.push(file);
    }
    if (!file.startsWith("app/")) continue;
    if (/\/route\.[jt]sx?$/.test(file)) {
      for (const name of exportedNames(src).filter((n) => HTTP_METHODS.includes(n))) {
        targets.push({ key: `${file}#${name}`, file, name, kind: "route" });
      }
    }
    if (/(^|\/)page\.[jt]sx?$/.test(file) && exportedNames(src).includes("default")) {
      targets.push({ key: `${file}#default`, file, name: "default", kind: "page" });
    }
  }
  return { targets, inlineActions };
}

/**
 * The URL of a route or page file with its dynamic segments filled in (from `fixed` by name, else a fresh
 * UUID, or "x" for a slug; a catch-all gets ["session"], the harmless Auth.js action), and the params object.
 */
export function urlOf(file: string, fixed: Record<string, string> = {}): { url: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments = file
    .replace(/^app\//, "")
    .replace(/(^|\/)(route|page)\.[jt]sx?$/, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s) && !s.startsWith("@"))
    .map((s) => {
      const catchAll = /^\[\[?\.\.\.(\w+)\]\]?$/.exec(s);
      if (catchAll) {
        params[catchAll[1]] = ["session"];
        return "session";
      }
      const dynamic = /^\[(\w+)\]$/.exec(s);
      if (dynamic) {
        const value = fixed[dynamic[1]] ?? (/slug/i.test(dynamic[1]) ? "x" : crypto.randomUUID());
        params[dynamic[1]] = value;
        return value;
      }
      return s;
    });
  return { url: `http://localhost/${segments.join("/")}`, params };
}
