// Slugs: the short, stable keys of catalogue entries and departments (lower-case letters, digits, single hyphens).

export const SLUG_MAX = 60;
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A slug made from a name: accents dropped ("Lovaglás" → "lovaglas"), apostrophes dropped ("Kids' club" →
 * "kids-club"), anything else that is not a letter or digit becomes one hyphen. "" when nothing is left
 * (a name in a non-Latin script): the caller must then ask for one.
 */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
}
