// What a Server Action answers: its data, or a refusal with a stable code and field errors the form shows.
import type { ErrorCode, FieldErrors } from "./errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; correlationId?: string };
