// The audit log: who did what to which target, with what outcome (denied and throttled attempts too).
import "server-only";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  propertyId?: string | null;
  actorKind: "guest" | "staff" | "system";
  actorId?: string | null;
  role?: string | null;
  action: string;
  target?: string | null;
  outcome: "ok" | "denied" | "failed" | "throttled";
  detail?: Record<string, unknown>;
};

export async function writeAudit(entry: AuditEntry): Promise<void> {
  await db().insert(auditLog).values(entry);
}
