// Every demo package, service, price rule and department name speaks all six guest languages.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { departments, packages, priceRules, properties, services } from "@/db/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { useTestDatabase } from "@/tests/migrate";
import { DEMO_PROPERTY_SLUG, seedDemo } from ".";
import { PACKAGE_TRANSLATIONS, SERVICE_TRANSLATIONS } from "./translations";

useTestDatabase();

function expectAllLanguages(what: string, text: Record<string, string | undefined>) {
  for (const locale of LOCALES) {
    expect(text[locale]?.trim(), `${what}: ${locale}`).toBeTruthy();
    if (locale !== "en") expect(text[locale], `${what}: ${locale} is not just English`).not.toBe(text.en);
  }
}

describe("demo catalogue translations", () => {
  it("gives every package, service and price rule a name, description or label in every locale", async () => {
    await seedDemo(db());
    const [property] = await db().select({ id: properties.id }).from(properties).where(eq(properties.slug, DEMO_PROPERTY_SLUG));
    const pkgs = await db().select().from(packages).where(eq(packages.propertyId, property.id));
    const svcs = await db().select().from(services).where(eq(services.propertyId, property.id));
    const rules = await db().select().from(priceRules).where(eq(priceRules.propertyId, property.id));
    expect(pkgs.length).toBe(3);
    expect(svcs.length).toBeGreaterThanOrEqual(20);
    expect(rules.length).toBeGreaterThan(0);
    for (const p of pkgs) {
      expectAllLanguages(`package ${p.slug} name`, p.name);
      expectAllLanguages(`package ${p.slug} description`, p.description);
    }
    for (const s of svcs) {
      expectAllLanguages(`service ${s.slug} name`, s.name);
      expectAllLanguages(`service ${s.slug} description`, s.description);
    }
    for (const r of rules) expectAllLanguages(`price rule ${r.kind} label`, r.label);
    const depts = await db().select().from(departments).where(eq(departments.propertyId, property.id));
    expect(depts.length).toBe(7);
    for (const d of depts) expectAllLanguages(`department ${d.slug} name`, { ...d.nameTranslations, en: d.name });
  });

  it("has no translations for slugs the seed does not have", async () => {
    await seedDemo(db());
    const svcs = await db().select({ slug: services.slug }).from(services);
    const pkgs = await db().select({ slug: packages.slug }).from(packages);
    const slugs = new Set([...svcs, ...pkgs].map((r) => r.slug));
    for (const slug of [...Object.keys(SERVICE_TRANSLATIONS), ...Object.keys(PACKAGE_TRANSLATIONS)]) expect(slugs, slug).toContain(slug);
  });
});
