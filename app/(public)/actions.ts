"use server";
// Sign-in and sign-out actions. Auth.js's authorize() does the checking and throttling; these map its answer to the form.
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn, signOut, guestCredentials, staffCredentials, OIDC_PROVIDER_ID } from "@/auth";
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
      const code = "code" in err ? (err as { code?: string }).code : undefined;
      if (code === "throttled") return { ok: false, code: "auth:throttled", message: "Too many attempts." };
      if (code === "password_off") return { ok: false, code: "auth:password_sign_in_off", message: "Sign in with single sign-on." };
      return { ok: false, code: "auth:invalid_credentials", message: "Those details are not right." };
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

/** Staff single sign-on: off to the hotel's identity provider (Auth.js redirects), back at /api/auth/callback/oidc. */
export async function signInSsoAction(): Promise<void> {
  try {
    await signIn(OIDC_PROVIDER_ID, { redirectTo: "/staff" });
  } catch (err) {
    // The provider unreachable, or its discovery document naming another issuer than OIDC_ISSUER: back to the page,
    // which says single sign-on did not work (Auth.js has logged the cause).
    if (err instanceof AuthError) redirect(`/staff/signin?error=${encodeURIComponent(err.type)}`);
    throw err; // the redirect to the identity provider
  }
}

export async function signOutAction(form: FormData): Promise<void> {
  const to = form.get("to") === "/staff/signin" ? "/staff/signin" : "/signin";
  await signOut({ redirectTo: to });
}
