// The catalogue as the home page's suggestions need it: two queries for the whole property, no N+1.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { suggestFor, type Suggestion, type SuggestionStay } from "@/lib/suggestions";
import { db } from "@/db/client";
import { packageItems, packages, services } from "@/db/schema";
import type { LocalizedText } from "@/db/schema";
import type { CountedService } from "@/lib/counted";
import type { PriceUnit } from "@/lib/pricing";

export type SuggestionCard = Suggestion & {
  name: LocalizedText;
  image: string;
  href: string;
  priceMinor: number | null;
  priceUnit: PriceUnit | null;
  complimentary: boolean;
  /** A service's price as its headline needs it (lib/counted.ts); null for a package. */
  priced: CountedService | null;
};

/** The active services (with the active packages each belongs to) and packages of one property. */
export async function loadSuggestionCatalogue(propertyId: string) {
  const [serviceRows, packageRows] = await Promise.all([
    db()
      .select({
        slug: services.slug,
        name: services.name,
        image: services.image,
        minAge: services.minAge,
        priceMinor: services.priceMinor,
        priceUnit: services.priceUnit,
        complimentary: services.complimentary,
        mode: services.mode,
        durationMinutes: services.durationMinutes,
        packageSlug: packages.slug,
      })
      .from(services)
      .leftJoin(packageItems, eq(packageItems.serviceId, services.id))
      .leftJoin(packages, and(eq(packages.id, packageItems.packageId), eq(packages.active, true), eq(packages.propertyId, propertyId)))
      .where(and(eq(services.propertyId, propertyId), eq(services.active, true)))
      .orderBy(asc(services.sortOrder)),
    db()
      .select({ slug: packages.slug, name: packages.name, bundlePriceMinor: packages.bundlePriceMinor })
      .from(packages)
      .where(and(eq(packages.propertyId, propertyId), eq(packages.active, true)))
      .orderBy(asc(packages.sortOrder)),
  ]);
  const bySlug = new Map<string, Omit<(typeof serviceRows)[number], "packageSlug"> & { packageSlugs: string[] }>();
  for (const { packageSlug, ...row } of serviceRows) {
    const entry = bySlug.get(row.slug) ?? { ...row, packageSlugs: [] };
    if (packageSlug) entry.packageSlugs.push(packageSlug);
    bySlug.set(row.slug, entry);
  }
  return { services: [...bySlug.values()], packages: packageRows };
}

/** What to put first on this guest's home, each with what its card shows. */
export async function suggestionsForStay(propertyId: string, stay: SuggestionStay): Promise<SuggestionCard[]> {
  const catalogue = await loadSuggestionCatalogue(propertyId);
  const services = new Map(catalogue.services.map((s) => [s.slug, s]));
  const pkgs = new Map(catalogue.packages.map((p) => [p.slug, p]));
  return suggestFor(stay, catalogue).flatMap((s): SuggestionCard[] => {
    if (s.kind === "service") {
      const v = services.get(s.slug);
      if (!v) return [];
      return [
        {
          ...s,
          name: v.name,
          image: v.image ?? `/services/${v.slug}.svg`,
          href: `/services/${v.slug}`,
          priceMinor: v.priceMinor,
          priceUnit: v.priceUnit,
          complimentary: v.complimentary,
          priced: v,
        },
      ];
    }
    const p = pkgs.get(s.slug);
    if (!p) return [];
    return [
      {
        ...s,
        name: p.name,
        image: `/packages/${p.slug}.svg`,
        href: `/packages/${p.slug}`,
        priceMinor: p.bundlePriceMinor,
        priceUnit: null,
        complimentary: false,
        priced: null,
      },
    ];
  });
}
