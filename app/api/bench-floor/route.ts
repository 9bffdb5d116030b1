// The benchmark's floor route (`npm run bench`): the least a route handler of this build does, to set the app's routes
// against. Only while the server runs with BENCH_FLOOR=1; 404 otherwise.
import { connection } from "next/server";
import { env } from "@/lib/env";

export async function GET() {
  await connection();
  if (!env().BENCH_FLOOR) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain" } });
  return Response.json({ ok: true });
}
