"use server";
// Sign-in and sign-out actions. Auth.js's authorize() does the checking and throttling; these map its answer to the form.
import { AuthError } from "next-auth";
import { signIn, signOut, guestCredentials, staffCredentials } from "@/auth";
import { fieldErrorsOf, type ActionResult } from "@/app/_server/action";
import type { z } from "zod";

function formObject(form: FormData, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, form.get(k) ?? ""]));
}

async function attempt(
  provider: "guest" | "staff",
  schema: z.ZodType,
  values: Record<string, unknown>,
  redirectTo: string,
): Promise<ActionResult> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, code: "input:invalid", message: "Please check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    await signIn(provider, { ...(parsed.data as object), redirectTo });
    return { ok: true, data: undefined };
  } catch (err) {
    if (err instanceof AuthError) {
      const throttled = "code" in err && (err as { code?: string }).code === "throttled";
      return throttled
        ? { ok: false, code: "auth:throttled", message: "Too many attempts." }
        : { ok: false, code: "auth:invalid_credentials", message: "Those details are not right." };
    }
    throw err; // the redirect after a successful sign-in
  }
}

export async function signInGuestAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  return attempt("guest", guestCredentials, formObject(form, ["code", "surname"]), "/stay");
}

export async function signInStaffAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  return attempt("staff", staffCredentials, formObject(form, ["email", "password"]), "/staff");
}

export async function signOutAction(form: FormData): Promise<void> {
  const to = form.get("to") === "/staff/signin" ? "/staff/signin" : "/signin";
  await signOut({ redirectTo: to });
}
