// Readiness: 200 when the database answers and its migrations are current, else 503 with the reason (a load balancer
// sends no traffic to an instance that is not ready; /api/health only says the process is alive).
import { connection } from "next/server";
import { readiness } from "@/server/health";

export async function GET() {
  await connection();
  const state = await readiness();
  if (state.ready) return Response.json({ status: "ready" }, { headers: { "cache-control": "no-store" } });
  return Response.json({ status: "unavailable", reason: state.reason }, { status: 503, headers: { "cache-control": "no-store", "retry-after": "5" } });
}
