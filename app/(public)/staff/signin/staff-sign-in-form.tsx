"use client";
// Staff sign-in form: email and password; wrong details get one generic answer, repeated failures are throttled.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { signInStaffAction } from "../../actions";

/** The shared schema's keys read oddly for text fields: "at least 1" means empty, "invalid" email means not an address. */
function friendlier(key: string, field: "email" | "password"): string {
  if (key.startsWith("validation.too_small")) return "validation.required";
  if (field === "email" && key === "validation.invalid") return "validation.email";
  return key;
}

export function StaffSignInForm() {
  const t = useTranslations("staff.signin");
  const [state, action] = useActionState(signInStaffAction, null);
  // React empties the form after each attempt; put the email back so a typo in the password costs only the password.
  const emailRef = useRef<HTMLInputElement>(null);
  const typedEmail = useRef("");
  useEffect(() => {
    if (emailRef.current && state) emailRef.current.value = typedEmail.current;
  }, [state]);
  const failed = state && !state.ok && state.code !== "input:invalid";
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field name="email" label={t("email")} errors={fieldErrors?.email?.map((k) => friendlier(k, "email"))}>
        {(p) => (
          <input
            {...p}
            ref={emailRef}
            onChange={(e) => {
              typedEmail.current = e.target.value;
            }}
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            required
            className={inputClass}
          />
        )}
      </Field>
      <Field name="password" label={t("password")} errors={fieldErrors?.password?.map((k) => friendlier(k, "password"))}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <div aria-live="assertive" role="status">
        {failed && (
          <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">{state.code === "auth:throttled" ? t("throttled") : state.code === "auth:password_sign_in_off" ? t("passwordOff") : t("invalid")}</p>
        )}
      </div>
      <SubmitButton pendingLabel={t("pending")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
