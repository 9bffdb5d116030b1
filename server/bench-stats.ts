// What `npm run bench` reads from the server it measures (through /api/bench-floor/stats, open only with BENCH_FLOOR=1).
import "server-only";
import { statementCount } from "@/db/client";

/** Database statements this process has sent since it started (both drivers; transactions' BEGIN/COMMIT not included). */
export function statementsSent(): number {
  return statementCount();
}
