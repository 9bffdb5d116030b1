// Whether the database answers, for the health check load balancers and the test harness poll.
import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";

export async function databaseReachable(): Promise<boolean> {
  try {
    await db().execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
