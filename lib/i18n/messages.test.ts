// Every locale has exactly the keys of English, and every message is valid ICU for its language.
import fs from "node:fs";
import path from "node:path";
import { TYPE } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { STAFF_MESSAGE_FILES } from "./staff-messages";

const DIR = path.join(__dirname, "messages");
type Tree = { [key: string]: string | Tree };

function read(file: string): Tree {
  return JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Tree;
}

/** "a.b.c" → message, for every leaf. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** The guest-facing files: en.json and its siblings per area (en.conversation.json …), but not the staff's. */
const GUEST_FILES = fs
  .readdirSync(DIR)
  .filter((f) => /^en(\.[a-z-]+)?\.json$/.test(f) && !f.startsWith("en.staff"))
  .map((f) => f.slice("en".length)); // ".json", ".conversation.json"

/** The back office's files (lib/i18n/staff-messages.ts) and the staff emails'; every one must exist in English. */
const STAFF_FILES = [...STAFF_MESSAGE_FILES, "staff-email"].map((f) => `.${f}.json`);

// Files of an area that is not translated yet fall back to English at runtime (app/_server/i18n-request.ts, the staff
// files through lib/i18n/staff-messages.ts); en.json, the guest emails (en.email.json) and every back-office file must be
// translated in every locale.
const REQUIRED = [".json", ".email.json", ...STAFF_FILES];

describe("staff message files", () => {
  it.each(STAFF_FILES)("en%s exists (each listed file is loaded in English where a locale lacks it)", (suffix) => {
    expect(fs.existsSync(path.join(DIR, `en${suffix}`))).toBe(true);
  });
});

describe.each(LOCALES.filter((l) => l !== "en"))("messages in %s", (locale) => {
  for (const suffix of [...GUEST_FILES, ...STAFF_FILES]) {
    const file = `${locale}${suffix}`;
    const exists = fs.existsSync(path.join(DIR, file));
    if (!exists && !REQUIRED.includes(suffix)) continue;

    it(`${file} has exactly the keys of en${suffix}`, () => {
      expect(exists, `${file} is missing`).toBe(true);
      const en = flatten(read(`en${suffix}`));
      const translated = flatten(read(file));
      const missing = [...en.keys()].filter((k) => !translated.has(k));
      const extra = [...translated.keys()].filter((k) => !en.has(k));
      expect(missing, `${file} misses keys`).toEqual([]);
      expect(extra, `${file} has keys that en${suffix} does not`).toEqual([]);
    });

    it(`${file}: every message parses and keeps the placeholders of English`, () => {
      if (!exists) return;
      const en = flatten(read(`en${suffix}`));
      for (const [key, message] of flatten(read(file))) {
        expect(message.trim(), `${file} ${key} is empty`).not.toBe("");
        let parsed: IntlMessageFormat | undefined;
        expect(() => (parsed = new IntlMessageFormat(message, locale)), `${file} ${key}`).not.toThrow();
        const english = en.get(key);
        if (english === undefined || !parsed) continue;
        expect(argumentsOf(message).sort(), `${file} ${key} placeholders`).toEqual(argumentsOf(english).sort());
        // Plurals: every branch set has an `other`.
        expect(pluralsWithoutOther(message), `${file} ${key} plural without other`).toEqual([]);
      }
    });
  }
});

describe("English messages", () => {
  it.each(GUEST_FILES.concat(fs.readdirSync(DIR).filter((f) => f.startsWith("en.staff")).map((f) => f.slice(2))))(
    "en%s parses",
    (suffix) => {
      for (const [key, message] of flatten(read(`en${suffix}`))) {
        expect(() => new IntlMessageFormat(message, "en"), key).not.toThrow();
      }
    },
  );
});

/** The argument names a message uses ({name}, {n, plural, …}), without duplicates. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const el of elements) {
      if (el.type !== TYPE.literal && el.type !== TYPE.pound && "value" in el && typeof el.value === "string") names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
      if ("children" in el) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, "en").getAst());
  return [...names];
}

function pluralsWithoutOther(message: string): string[] {
  const bad: string[] = [];
  const walk = (elements: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const el of elements) {
      if ("options" in el) {
        if (el.type === TYPE.plural && !("other" in el.options)) bad.push(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if ("children" in el) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, "en").getAst());
  return bad;
}
