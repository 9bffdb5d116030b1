// Recognising database errors by SQLSTATE, whichever driver raised them (drizzle wraps them in `cause`).
import "server-only";
export function sqlState(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The name of the constraint or index a violation is about (postgres.js: constraint_name; PGlite: constraint). */
export function sqlConstraint(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const { constraint_name: pg, constraint: lite } = e as { constraint_name?: unknown; constraint?: unknown };
    if (typeof pg === "string") return pg;
    if (typeof lite === "string") return lite;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = "23505";
export const CHECK_VIOLATION = "23514";
