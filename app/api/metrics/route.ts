// Prometheus metrics for this instance, closed to the public: only a scraper sending `Authorization: Bearer
// <METRICS_TOKEN>` gets them (401 otherwise); with no METRICS_TOKEN set the endpoint does not exist (404).
import crypto from "node:crypto";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { metrics } from "@/server/metrics";

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

export async function GET(request: Request) {
  await connection();
  const token = env().METRICS_TOKEN;
  if (!token) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain" } });
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameSecret(given, token)) {
    return new Response("Unauthorized\n", { status: 401, headers: { "content-type": "text/plain", "www-authenticate": 'Bearer realm="metrics"' } });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
