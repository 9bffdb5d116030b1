// The demo hotel itself: the property, its departments and its staff logins (one per role).
import type { Tx } from "../client";
import * as s from "../schema";
import { DEPARTMENT_NAME_TRANSLATIONS } from "./translations";

export const DEMO_PROPERTY_SLUG = "demo";
export const DEMO_PASSWORD = "demo-pass-2026";

export const TIME_ZONE = "Europe/Berlin";

export type DepartmentSlug =
  | "reception"
  | "kids-club"
  | "activities"
  | "transport"
  | "stables-farm"
  | "wellness"
  | "restaurant";

export const DEPARTMENTS: { slug: DepartmentSlug; name: string; responseTargetMinutes: number }[] = [
  { slug: "reception", name: "Reception", responseTargetMinutes: 10 },
  { slug: "kids-club", name: "Kids' club", responseTargetMinutes: 15 },
  { slug: "activities", name: "Activities desk", responseTargetMinutes: 15 },
  { slug: "transport", name: "Transport", responseTargetMinutes: 20 },
  { slug: "stables-farm", name: "Stables and farm", responseTargetMinutes: 30 },
  { slug: "wellness", name: "Wellness", responseTargetMinutes: 20 },
  { slug: "restaurant", name: "Restaurant", responseTargetMinutes: 15 },
];

export const STAFF: {
  email: string;
  name: string;
  role: "manager" | "reception" | "department";
  departments: DepartmentSlug[];
}[] = [
  { email: "manager@demo.hotel", name: "Maria Manager", role: "manager", departments: [] },
  { email: "reception@demo.hotel", name: "Rafael Reception", role: "reception", departments: ["reception"] },
  { email: "activities@demo.hotel", name: "Alex Activities", role: "department", departments: ["activities"] },
  { email: "kids@demo.hotel", name: "Kim Kids", role: "department", departments: ["kids-club"] },
  { email: "stables@demo.hotel", name: "Sam Stables", role: "department", departments: ["stables-farm"] },
];

/** Inserts the demo property; null when one with its slug already exists (the seed then does nothing). */
export async function seedProperty(tx: Tx): Promise<string | null> {
  const [property] = await tx
    .insert(s.properties)
    .values({
      slug: DEMO_PROPERTY_SLUG,
      name: "Lakeside Forest Hotel",
      timeZone: TIME_ZONE,
      currency: "EUR",
      locales: ["en", "th", "hu", "az", "ms", "tl"],
      defaultLocale: "en",
      isDemo: true,
    })
    .onConflictDoNothing({ target: s.properties.slug })
    .returning({ id: s.properties.id });
  return property?.id ?? null;
}

/** The departments and the staff with their departments; returns the lookups the rest of the seed needs. */
export async function seedDepartmentsAndStaff(
  tx: Tx,
  { propertyId, passwordHash }: { propertyId: string; passwordHash: string },
): Promise<{ dept: (slug: DepartmentSlug) => string; staffId: Map<string, string> }> {
  const departmentRows = await tx
    .insert(s.departments)
    .values(DEPARTMENTS.map((d) => ({ propertyId, ...d, nameTranslations: DEPARTMENT_NAME_TRANSLATIONS[d.slug] })))
    .returning({ id: s.departments.id, slug: s.departments.slug });
  const departmentId = new Map(departmentRows.map((d) => [d.slug, d.id]));
  const dept = (slug: DepartmentSlug) => {
    const id = departmentId.get(slug);
    if (!id) throw new Error(`seed: unknown department ${slug}`);
    return id;
  };

  const staffRows = await tx
    .insert(s.staffUsers)
    .values(
      STAFF.map((u) => ({ propertyId, email: u.email.toLowerCase(), name: u.name, passwordHash })),
    )
    .returning({ id: s.staffUsers.id, email: s.staffUsers.email });
  const staffId = new Map(staffRows.map((u) => [u.email, u.id]));
  await tx.insert(s.staffMemberships).values(STAFF.map((u) => ({ staffId: staffId.get(u.email.toLowerCase())!, propertyId, role: u.role })));
  const staffDepartmentRows = STAFF.flatMap((u) =>
    u.departments.map((d) => ({ staffId: staffId.get(u.email.toLowerCase())!, departmentId: dept(d) })),
  );
  if (staffDepartmentRows.length > 0) await tx.insert(s.staffDepartments).values(staffDepartmentRows);
  return { dept, staffId };
}
