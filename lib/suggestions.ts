// What to put first on the guest's home: pure rules from the party, the stay and the catalogue.
// Each suggestion carries the reason the guest sees on its card ("for your 1-year-old").

export type SuggestionReason =
  | "infant" // { age }: a baby in the party
  | "children" // { count }: the party has children
  | "childAge" // { age }: old enough for it, the youngest child who is
  | "nature" // { nights }: a stay of some nights in a hotel in nature
  | "couple"; // {}: two adults on their own

export type Suggestion = {
  kind: "service" | "package";
  slug: string;
  reason: SuggestionReason;
  params: Record<string, number>;
};

export type SuggestionCatalogue = {
  services: { slug: string; minAge: number | null; packageSlugs: string[] }[];
  packages: { slug: string }[];
};

export type SuggestionStay = {
  adults: number;
  childrenAges: number[];
  /** "YYYY-MM-DD" */
  checkIn: string;
  /** "YYYY-MM-DD" */
  checkOut: string;
};

/** Below this age a child is an infant: cot and stroller. */
export const INFANT_BELOW = 3;
/** A stay of at least this many nights in a hotel in nature gets nature experiences. */
export const NATURE_MIN_NIGHTS = 2;
/** At most this many cards, so the packages stay close. */
export const MAX_SUGGESTIONS = 8;

const INFANT_SERVICES = ["crib", "stroller-rental"];
const CHILD_SERVICES = ["kids-animation", "childrens-menu"];
/** Nature experiences in the order they are offered to a family, then to adults. */
const NATURE_FAMILY_SERVICES = ["petting-zoo", "mini-farm", "boating", "fishing", "horse-riding"];
const NATURE_ADULT_SERVICES = ["boating", "horse-riding", "fishing", "sauna"];
const COUPLE_SERVICES = ["sauna", "boating"];

export function nightsOf(checkIn: string, checkOut: string): number {
  const ms = Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms / 86_400_000)) : 0;
}

/** A hotel is "in nature" when its catalogue offers the nature experiences package. */
export function isNatureSetting(catalogue: SuggestionCatalogue): boolean {
  return catalogue.packages.some((p) => p.slug === "nature");
}

export function suggestFor(stay: SuggestionStay, catalogue: SuggestionCatalogue): Suggestion[] {
  const services = new Map(catalogue.services.map((s) => [s.slug, s]));
  const packages = new Set(catalogue.packages.map((p) => p.slug));
  const ages = stay.childrenAges.filter((a) => Number.isInteger(a) && a >= 0).sort((a, b) => a - b);
  const hasAdults = stay.adults > 0;
  const out: Suggestion[] = [];
  const seen = new Set<string>();

  /** Someone in the party is old enough; adults always are. */
  const someoneMayTakePart = (minAge: number | null) => !minAge || hasAdults || ages.some((a) => a >= minAge);
  const addService = (slug: string, reason: SuggestionReason, params: Record<string, number> = {}) => {
    const s = services.get(slug);
    const key = `service:${slug}`;
    if (!s || seen.has(key) || !someoneMayTakePart(s.minAge)) return;
    seen.add(key);
    out.push({ kind: "service", slug, reason, params });
  };
  const addPackage = (slug: string, reason: SuggestionReason, params: Record<string, number> = {}) => {
    const key = `package:${slug}`;
    if (!packages.has(slug) || seen.has(key)) return;
    seen.add(key);
    out.push({ kind: "package", slug, reason, params });
  };

  // 1. A baby: the cot and the stroller, first of all.
  const infant = ages.find((a) => a < INFANT_BELOW);
  if (infant !== undefined) for (const slug of INFANT_SERVICES) addService(slug, "infant", { age: infant });

  // 2. Children: the family package, and what the youngest child old enough for it enjoys.
  if (ages.length > 0) {
    addPackage("family", "children", { count: ages.length });
    for (const slug of CHILD_SERVICES) {
      const minAge = Math.max(services.get(slug)?.minAge ?? 0, INFANT_BELOW);
      const child = ages.find((a) => a >= minAge);
      if (child !== undefined) addService(slug, "childAge", { age: child });
    }
  }

  // 3. Two adults on their own: time for the two of them.
  if (ages.length === 0 && stay.adults === 2) for (const slug of COUPLE_SERVICES) addService(slug, "couple");

  // 4. A hotel in nature and a stay of a few nights: the nature experiences that fit the party.
  const nights = nightsOf(stay.checkIn, stay.checkOut);
  if (isNatureSetting(catalogue) && nights >= NATURE_MIN_NIGHTS) {
    addPackage("nature", "nature", { nights });
    const list = ages.length > 0 ? NATURE_FAMILY_SERVICES : NATURE_ADULT_SERVICES;
    // A family with children is offered only what its children may do too.
    for (const slug of list) {
      const minAge = services.get(slug)?.minAge ?? null;
      if (ages.length > 0 && minAge && !ages.some((a) => a >= minAge)) continue;
      addService(slug, "nature", { nights });
      if (out.length >= MAX_SUGGESTIONS) break;
    }
  }

  return out.slice(0, MAX_SUGGESTIONS);
}
