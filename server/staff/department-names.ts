// The names of a staff member's departments, for the back office's header.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { departments } from "@/db/schema";

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
