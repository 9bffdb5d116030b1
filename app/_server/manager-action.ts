// Server Actions of the manager's pages: staffAction(["manager"]) with a refusal written to the audit log.
import "server-only";
import type { z } from "zod";
import { staffAction, type ActionResult } from "./action";
import { currentStaff, type StaffSession } from "./session";
import { writeAudit } from "@/server/auth/audit-log";

/**
 * Every call still goes through staffAction (session, role, strict zod input); a caller without
 * the manager role is refused there and, being a known staff member, recorded as a denial.
 */
export function managerAction<S extends z.ZodType, T>(
  auditAction: string,
  schema: S,
  fn: (data: z.infer<S>, staff: StaffSession) => Promise<T>,
) {
  const action = staffAction(["manager"], schema, fn);
  return async (prev: unknown, input: unknown): Promise<ActionResult<T>> => {
    const result = await action(prev, input);
    if (!result.ok && result.code === "auth:forbidden") {
      const staff = await currentStaff();
      await writeAudit({
        propertyId: staff?.propertyId,
        actorKind: staff ? "staff" : "guest",
        actorId: staff?.staffId,
        role: staff?.role ?? null,
        action: auditAction,
        outcome: "denied",
      });
    }
    return result;
  };
}
