// Comments point to the repository's own documents: `docs/product.md §5`, `docs/reliability.md §16a`. Not to the
// specification and requirement files the project started from, which a clone does not have, and never to a section
// that the document does not have.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(__dirname, "..");
const SKIP_DIRS = new Set(["node_modules", ".git", ".data", "out", "coverage", "playwright-report"]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const THIS_FILE = "tests/doc-pointers.test.ts";

function walk(dir: string, keep: (file: string) => boolean, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".next") && !entry.name.startsWith("test-results")) walk(rel, keep, found);
    } else if (keep(rel)) found.push(rel);
  }
  return found;
}

const sources = walk("", (f) => SOURCE.test(f) && !f.endsWith(".d.ts"));
const documents = ["README.md", ...walk("docs", (f) => f.endsWith(".md"))];

/** Where a pointer of the old kind sits, as "file:line: text". */
const OUTSIDE = [/SPEC\.md/, /RELIABILITY\.md/, /\bSPEC §/, /\bRELIABILITY \d/, /\/work\/shared\//];

/** The section numbers a document has: its headings "## §5 …" / "### §16a …". */
function sectionsOf(doc: string): Set<string> {
  const text = fs.readFileSync(path.join(ROOT, doc), "utf8");
  return new Set([...text.matchAll(/^#+ §(\d+[a-z]?)\b/gm)].map((m) => m[1]));
}

const SECTIONS: Record<string, Set<string>> = {
  "docs/product.md": sectionsOf("docs/product.md"),
  "docs/reliability.md": sectionsOf("docs/reliability.md"),
};

/** Every "docs/x.md §3, §4 and §16a" / "docs/x.md §1–§7" in a text: [document, section] pairs. */
function pointersIn(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of text.matchAll(/(docs\/(?:product|reliability)\.md)((?:(?:,\s*|\s+and\s+|\s*–\s*|\s+)§\d+[a-z]?)+)/g)) {
    for (const s of m[2].matchAll(/§(\d+[a-z]?)/g)) pairs.push([m[1], s[1]]);
  }
  return pairs;
}

describe("pointers to documents", () => {
  it("finds the sources and both documents", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(SECTIONS["docs/product.md"].size).toBe(9);
    expect(SECTIONS["docs/reliability.md"].size).toBeGreaterThanOrEqual(27);
    expect(pointersIn("see docs/reliability.md §3, §4 and §16a; docs/product.md §1–§7")).toEqual([
      ["docs/reliability.md", "3"],
      ["docs/reliability.md", "4"],
      ["docs/reliability.md", "16a"],
      ["docs/product.md", "1"],
      ["docs/product.md", "7"],
    ]);
  });

  it("no source file points to a document outside the repository", () => {
    const found: string[] = [];
    for (const file of sources) {
      if (file === THIS_FILE) continue;
      fs.readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (OUTSIDE.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found, "point to docs/product.md §N or docs/reliability.md §N instead").toEqual([]);
  });

  it("every docs/product.md §N and docs/reliability.md §N names a section that exists", () => {
    const broken: string[] = [];
    let count = 0;
    for (const file of [...sources, ...documents]) {
      if (file === THIS_FILE) continue;
      for (const [doc, section] of pointersIn(fs.readFileSync(path.join(ROOT, file), "utf8"))) {
        count++;
        if (!SECTIONS[doc].has(section)) broken.push(`${file}: ${doc} §${section}`);
      }
    }
    expect(count).toBeGreaterThan(30);
    expect(broken).toEqual([]);
  });
});
