// The hotel's time zone, in which the back office shows every time.
import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { properties } from "@/db/schema";

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
