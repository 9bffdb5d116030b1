// Shared by the manager's back-office modules: the role check each data function makes for itself,
// the audit row every change writes, and field errors raised after the form was parsed.
import "server-only";
import { AppError } from "@/lib/errors";
import { db, type Db, type Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AdminActor = { staffId: string; propertyId: string; role: "manager" | "reception" | "department" };

type Exec = Db | Tx;

export async function auditChange(
  exec: Exec,
  actor: AdminActor,
  entry: { action: string; target?: string | null; outcome?: "ok" | "denied" | "failed"; detail?: Record<string, unknown> },
): Promise<void> {
  await exec.insert(auditLog).values({
    propertyId: actor.propertyId,
    actorKind: "staff",
    actorId: actor.staffId,
    role: actor.role,
    action: entry.action,
    target: entry.target ?? null,
    outcome: entry.outcome ?? "ok",
    detail: entry.detail,
  });
}

/**
 * Defence in depth: the Server Actions already require the manager role, but the data functions
 * refuse anyone else too (and say so in the audit log), whoever calls them.
 */
export async function requireManager(actor: AdminActor, action: string, target?: string | null): Promise<void> {
  if (actor.role === "manager") return;
  await auditChange(db(), actor, { action, target, outcome: "denied" });
  throw new AppError("auth:forbidden", "Only a manager may change this.");
}

/** A refusal tied to one form field; `key` is a message key the form translates. */
export function fieldError(field: string, key: string): AppError {
  return new AppError("input:invalid", "Please check the highlighted fields.", { [field]: [key] });
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} not found.`);
}
