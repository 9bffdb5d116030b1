// Liveness and database reachability, for load balancers and the test harness.
import { connection } from "next/server";
import { databaseReachable } from "@/server/health";
import { RETRY_AFTER_SECONDS } from "@/lib/errors";

export async function GET() {
  await connection();
  if (await databaseReachable()) return Response.json({ status: "ok" });
  return Response.json({ status: "unavailable" }, { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } });
}
