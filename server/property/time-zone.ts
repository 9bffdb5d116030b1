// Property-wide facts the back office needs beside a request: the hotel's time zone and its departments' names.
import "server-only";
import { cache } from "react";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { departments, properties } from "@/db/schema";

/** The property's IANA time zone, in which every schedule is shown; cached for one request. */
export const getPropertyTimeZone = cache(async (propertyId: string): Promise<string> => {
  const [row] = await db()
    .select({ timeZone: properties.timeZone })
    .from(properties)
    .where(eq(properties.id, propertyId))
    .limit(1);
  if (!row) throw new Error(`property ${propertyId} not found`);
  return row.timeZone;
});

/** Names of the given departments of one property, in name order. */
export async function listDepartmentNamesByIds(propertyId: string, departmentIds: string[]): Promise<string[]> {
  if (departmentIds.length === 0) return [];
  const rows = await db()
    .select({ name: departments.name })
    .from(departments)
    .where(and(eq(departments.propertyId, propertyId), inArray(departments.id, departmentIds)))
    .orderBy(departments.name);
  return rows.map((r) => r.name);
}
