// The one wrapper every Server Action goes through: session and role, zod-parsed input, a typed result.
import "server-only";
import crypto from "node:crypto";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { asUnavailable, assertDatabaseAvailable } from "@/server/health";
import { logger } from "@/lib/log";
import { requireGuest, requireStaff, type GuestSession, type StaffRole, type StaffSession } from "./session";

export type { ActionResult };

/** Field errors as message keys ("validation.too_big:10") that the form translates. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    let key: string;
    if (issue.code === "unrecognized_keys") key = "validation.unexpected";
    else if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) key = "validation.required";
    else if (issue.code === "too_small") key = `validation.too_small:${issue.minimum}`;
    else if (issue.code === "too_big") key = `validation.too_big:${issue.maximum}`;
    // A schema's own explanation: a message key of the shared or the back office's texts.
    else if (issue.message.startsWith("validation.") || issue.message.startsWith("staff.")) key = issue.message;
    else key = "validation.invalid";
    (out[field] ??= []).push(key);
  }
  return out;
}

function formToObject(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of input.entries()) {
    // React adds its own $ACTION_* fields to progressively enhanced forms.
    if (!key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

export function toFailure(err: unknown): Extract<ActionResult<never>, { ok: false }> {
  // The database cannot be reached: "try again in a moment" (service:unavailable), not "something went wrong".
  err = asUnavailable(err);
  if (isAppError(err)) return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
  // Framework control flow (redirect, notFound) must pass through untouched.
  if (err && typeof err === "object" && "digest" in err && String((err as { digest: unknown }).digest).startsWith("NEXT_")) {
    throw err;
  }
  const correlationId = crypto.randomUUID();
  logger("action").error({ err, correlationId }, "unexpected error");
  return { ok: false, code: "internal", message: "Something went wrong on our side.", correlationId };
}

async function run<S extends z.ZodType, A, T>(
  authorize: () => Promise<A>,
  schema: S,
  input: unknown,
  fn: (data: z.infer<S>, actor: A) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    await assertDatabaseAvailable();
    const actor = await authorize();
    const parsed = schema.safeParse(formToObject(input));
    if (!parsed.success) {
      return { ok: false, code: "input:invalid", message: "Please check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    return { ok: true, data: await fn(parsed.data, actor) };
  } catch (err) {
    return toFailure(err);
  }
}

/** A Server Action for the signed-in guest; usable with useActionState (prev state, form data). */
export function guestAction<S extends z.ZodType, T>(schema: S, fn: (data: z.infer<S>, guest: GuestSession) => Promise<T>) {
  return async (_prev: unknown, input: unknown): Promise<ActionResult<T>> => run(requireGuest, schema, input, fn);
}

/** A Server Action for staff with one of `roles` (all staff when omitted). */
export function staffAction<S extends z.ZodType, T>(
  roles: readonly StaffRole[] | undefined,
  schema: S,
  fn: (data: z.infer<S>, staff: StaffSession) => Promise<T>,
) {
  return async (_prev: unknown, input: unknown): Promise<ActionResult<T>> => run(() => requireStaff(roles), schema, input, fn);
}

/** A Server Action for a group administrator only (a property's manager is refused like any other role). */
export function groupAdminAction<S extends z.ZodType, T>(schema: S, fn: (data: z.infer<S>, staff: StaffSession) => Promise<T>) {
  const authorize = async () => {
    const staff = await requireStaff(["manager"]);
    if (!staff.groupAdmin) throw new AppError("auth:forbidden", "Only a group administrator may do this.");
    return staff;
  };
  return async (_prev: unknown, input: unknown): Promise<ActionResult<T>> => run(authorize, schema, input, fn);
}

export { AppError };
