// Whether the demo hotel is in use, so sign-in pages can show its logins.
import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { properties } from "@/db/schema";

export async function demoInUse(): Promise<boolean> {
  const rows = await db().select({ id: properties.id }).from(properties).where(eq(properties.isDemo, true)).limit(1);
  return rows.length > 0;
}
