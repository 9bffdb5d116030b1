// Liveness and database reachability, for load balancers and the test harness.
import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { db } from "@/db/client";

export async function GET() {
  await connection();
  try {
    await db().execute(sql`select 1`);
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
