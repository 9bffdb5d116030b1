// The message templates' staff texts (lib/i18n/messages/<locale>.staff-templates.json): every staff language has
// exactly the keys of English, every message is valid ICU and keeps English's placeholders.
import fs from "node:fs";
import path from "node:path";
import { TYPE } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { SITUATIONS } from "@/lib/message-templates";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };

function read(locale: string): Tree {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "messages", `${locale}.staff-templates.json`), "utf8")) as Tree;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  for (const el of new IntlMessageFormat(message, locale).getAst()) {
    if (el.type === TYPE.argument) names.add(el.value);
  }
  return [...names].sort();
}

const english = flatten(read("en"));

describe.each(LOCALES)("%s.staff-templates.json", (locale) => {
  const messages = flatten(read(locale));

  it("has exactly the keys of English, and a name for every situation", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    for (const situation of SITUATIONS) expect(messages.get(`templates.situation.${situation}`)).toBeTruthy();
  });

  it("parses as ICU and keeps English's placeholders", () => {
    for (const [key, message] of messages) {
      expect(message.trim(), key).not.toBe("");
      expect(argumentsOf(message, locale), key).toEqual(argumentsOf(english.get(key)!, "en"));
    }
  });
});
