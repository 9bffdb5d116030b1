"use server";
// Staff Server Actions on one request: status moves (confirm, decline with a reason and an alternative, …), assign,
// reschedule, hand over and internal notes. Each checks the session, parses strictly, and the query checks the scope.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/app/_server/action";
import type { StaffSession } from "@/app/_server/session";
import { ALTERNATIVE_MAX, HAND_OVER_NOTE_MAX, NOTE_MAX, REASON_MAX } from "@/lib/form-limits";
import { assignRequest, handOverRequest, rescheduleRequest } from "@/server/requests/changes";
import { addInternalNote } from "@/server/requests/thread";
import { writeAudit } from "@/server/auth/audit-log";
import { applyStaffAction, declineRequest } from "@/server/requests/transitions";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log";

const STAFF_ACTIONS = ["confirm", "decline", "start", "fulfil", "no_show", "cancel"] as const;

function refresh(bookingId: string): void {
  revalidatePath("/staff");
  revalidatePath(`/staff/requests/${bookingId}`);
}

/**
 * Runs one change and writes its audit row, whatever the outcome (docs/reliability.md §20): who, which role,
 * what, on which request. The booking's own trail is written by the change itself.
 */
async function audited<T>(staff: StaffSession, action: string, bookingId: string, fn: () => Promise<T>): Promise<T> {
  const entry = { propertyId: staff.propertyId, actorKind: "staff" as const, actorId: staff.staffId, role: staff.role, action, target: bookingId };
  const write = (outcome: "ok" | "denied" | "failed", detail?: Record<string, unknown>) =>
    writeAudit({ ...entry, outcome, detail }).catch((err) => logger("staff").error({ err }, "audit write failed"));
  try {
    const result = await fn();
    await write("ok");
    return result;
  } catch (err) {
    await write(isAppError(err) && err.code !== "internal" ? "denied" : "failed", isAppError(err) ? { code: err.code } : undefined);
    throw err;
  }
}

/** A hidden field for "nobody": the empty string, read as null. */
const optionalId = z.union([z.uuid(), z.literal("")]).transform((v) => (v === "" ? null : v));

const changeRequestStatusSchema = z
  .strictObject({
    bookingId: z.uuid(),
    action: z.enum(STAFF_ACTIONS),
    reason: z.string().trim().max(REASON_MAX).optional(),
    alternative: z.string().trim().max(ALTERNATIVE_MAX).optional(),
  })
  // The guest is told why; an empty reason would tell them nothing.
  .refine((input) => input.action !== "decline" || !!input.reason, { path: ["reason"], message: "validation.required" });

export const changeRequestStatus = staffAction(undefined, changeRequestStatusSchema, async (input, staff) => {
  // Only a decline carries a reason; a stray one on another action must not land in the audit trail.
  const result = await audited(staff, `request.${input.action}`, input.bookingId, () =>
    input.action === "decline"
      ? declineRequest(staff, input.bookingId, input.reason!, input.alternative)
      : applyStaffAction(staff, input.bookingId, input.action),
  );
  refresh(input.bookingId);
  return result;
});

const assignSchema = z.strictObject({
  bookingId: z.uuid(),
  assigneeId: optionalId,
  // Who the form showed as assigned: if that changed meanwhile, the second desk is told.
  expectedAssigneeId: optionalId,
});

export const assignRequestAction = staffAction(undefined, assignSchema, async (input, staff) => {
  const result = await audited(staff, "request.assign", input.bookingId, () => assignRequest(staff, input.bookingId, input));
  refresh(input.bookingId);
  return result;
});

const rescheduleSchema = z.strictObject({
  bookingId: z.uuid(),
  sessionId: z.uuid({ message: "validation.required" }),
  expectedSessionId: z.uuid(),
});

export const rescheduleRequestAction = staffAction(undefined, rescheduleSchema, async (input, staff) => {
  const result = await audited(staff, "request.reschedule", input.bookingId, () => rescheduleRequest(staff, input.bookingId, input));
  refresh(input.bookingId);
  return { scheduledAt: result.scheduledAt.toISOString() };
});

const handOverSchema = z.strictObject({
  bookingId: z.uuid(),
  departmentId: z.uuid({ message: "validation.required" }),
  expectedDepartmentId: z.uuid(),
  note: z.string().trim().max(HAND_OVER_NOTE_MAX).optional(),
});

export const handOverRequestAction = staffAction(undefined, handOverSchema, async (input, staff) => {
  const result = await audited(staff, "request.hand_over", input.bookingId, () => handOverRequest(staff, input.bookingId, input));
  refresh(input.bookingId);
  // Handed out of the staff member's own departments: the request is no longer theirs to see.
  if (staff.role === "department" && !staff.departmentIds.includes(result.departmentId)) redirect("/staff");
  return result;
});

const noteSchema = z.strictObject({
  bookingId: z.uuid(),
  body: z.string().trim().min(1).max(NOTE_MAX),
});

export const addInternalNoteAction = staffAction(undefined, noteSchema, async (input, staff) => {
  const result = await audited(staff, "request.note", input.bookingId, () => addInternalNote(staff, input.bookingId, input.body));
  refresh(input.bookingId);
  return result;
});
