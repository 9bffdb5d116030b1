// One error type with stable codes, mapped to HTTP status in one place.

export const ERROR_STATUS = {
  "auth:unauthenticated": 401,
  "auth:invalid_credentials": 401,
  "auth:forbidden": 403,
  "auth:throttled": 429,
  "auth:password_sign_in_off": 403,
  "auth:sso_not_configured": 409,
  "input:invalid": 422,
  "input:malformed": 400,
  "not_found": 404,
  "booking:full": 409,
  "booking:conflict": 409,
  "booking:not_bookable": 422,
  "booking:too_late": 409,
  "booking:min_age": 422,
  "idempotency:mismatch": 422,
  "internal": 500,
  "service:unavailable": 503,
} as const;

/** Seconds a client is told to wait (Retry-After) when the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
