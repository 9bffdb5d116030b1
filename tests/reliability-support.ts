// Shared by the PostgreSQL concurrency tests (tests/reliability.test.ts, tests/reliability-model.test.ts): the clock they
// run at, and how one request's answer is told apart from another's.
import { beforeAll } from "vitest";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { sqlState } from "@/server/db-errors";
import { uniqueId } from "./factories";

// Monday 15 September 2025, 10:00 in Berlin (CEST). Stays run Sunday 14 to Saturday 20 September.
export const NOW = new Date("2025-09-15T08:00:00Z");
export const CHECK_IN = "2025-09-14";
export const CHECK_OUT = "2025-09-20";
export const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
export const key = () => uniqueId("key");

/** Belt and braces: these files must never run on the embedded database (see vitest.config.ts). */
export function requirePostgres(file: string): void {
  beforeAll(() => {
    if (!env().DATABASE_URL) throw new Error(`${file} needs DATABASE_URL (PostgreSQL).`);
  });
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** The answer of one request: its value, its AppError code, or "unexpected:<SQLSTATE>" for anything else. */
export async function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: `unexpected:${sqlState(err) ?? "?"}`, message: (err as Error).message };
  }
}

export function tally<T>(outcomes: Outcome<T>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const k = o.ok ? "ok" : o.code;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
