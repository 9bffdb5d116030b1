// The demo's message templates are ones the manager's form would accept: every situation, all six languages, only
// known placeholders, and the same placeholders in every language.
import { describe, expect, it } from "vitest";
import { checkTemplateBodies, placeholdersIn, SITUATIONS } from "@/lib/message-templates";
import { DEMO_TEMPLATES } from "./templates";

const demo = { locales: ["en", "th", "hu", "az", "ms", "tl"], defaultLocale: "en" };

describe("the demo's message templates", () => {
  it.each(SITUATIONS)("%s: in six languages, each valid and with the placeholders of English", (situation) => {
    const bodies = DEMO_TEMPLATES[situation];
    expect(Object.keys(bodies).sort()).toEqual([...demo.locales].sort());
    expect(checkTemplateBodies(bodies, demo)).toEqual([]);
    const english = placeholdersIn(bodies.en).sort();
    for (const text of Object.values(bodies)) expect(placeholdersIn(text).sort()).toEqual(english);
  });
});
