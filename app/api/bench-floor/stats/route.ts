// For `npm run bench`: how many database statements this server process has sent (its requests' round trips, read
// before and after each measurement). Only while the server runs with BENCH_FLOOR=1; 404 otherwise.
import { connection } from "next/server";
import { env } from "@/lib/env";
import { statementsSent } from "@/server/bench-stats";

export async function GET() {
  await connection();
  if (!env().BENCH_FLOOR) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain" } });
  return Response.json({ statements: statementsSent(), pid: process.pid }, { headers: { "cache-control": "no-store" } });
}
