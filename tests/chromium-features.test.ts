// The suite's `--disable-features` flag replaces Playwright's own (Chromium keeps the last one): it must keep every
// feature Playwright turns off, or an upgrade of Playwright would silently bring those back.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { DISABLE_FEATURES_FLAG } from "@/e2e/fixtures/chromium-features";

/** The features Playwright's chromiumSwitches turns off, read from the installed playwright-core. */
function playwrightDisabledFeatures(): string[] {
  const lib = path.join(path.dirname(require.resolve("playwright-core/package.json")), "lib");
  const candidates = [path.join(lib, "coreBundle.js"), path.join(lib, "server", "chromium", "chromiumSwitches.js")];
  for (const file of candidates.filter((f) => fs.existsSync(f))) {
    const list = /disabledFeatures\s*=\s*\[([\s\S]*?)\]/.exec(fs.readFileSync(file, "utf8"))?.[1];
    if (list) return [...list.replace(/\/\/.*$/gm, "").matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  }
  throw new Error("playwright-core's disabledFeatures list was not found: check e2e/fixtures/chromium-features.ts by hand");
}

it("the suite's --disable-features keeps every feature Playwright disables, and adds the omnibox popup", () => {
  const ours = DISABLE_FEATURES_FLAG.replace(/^--disable-features=/, "").split(",");
  const theirs = playwrightDisabledFeatures();
  expect(theirs.length).toBeGreaterThan(5);
  expect(theirs.filter((feature) => !ours.includes(feature))).toEqual([]);
  expect(ours).toEqual(expect.arrayContaining(["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"]));
});
