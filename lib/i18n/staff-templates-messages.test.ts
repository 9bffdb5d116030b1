// The message templates' staff texts name every situation in every staff language (key parity and ICU for the file
// are the staff files' common test in messages.test.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SITUATIONS } from "@/lib/message-templates";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };

describe.each(LOCALES)("%s.staff-templates.json", (locale) => {
  it("has a name for every situation", () => {
    const tree = JSON.parse(fs.readFileSync(path.join(__dirname, "messages", `${locale}.staff-templates.json`), "utf8")) as Tree;
    const names = (tree.templates as Tree).situation as Tree;
    for (const situation of SITUATIONS) expect(names[situation], situation).toBeTruthy();
  });
});
