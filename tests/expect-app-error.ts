// Asserts that a promise rejects with the app's own error type and a given stable code.
import { expect } from "vitest";
import { AppError, type ErrorCode } from "@/lib/errors";

export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected AppError ${code}, but nothing was thrown`).toBeDefined();
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  return caught as AppError;
}
