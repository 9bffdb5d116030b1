"use client";
// Guest sign-in: reservation code (pre-filled from the room card's QR code) and surname.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { signInGuestAction } from "../actions";

export function GuestSignInForm({ code }: { code?: string }) {
  const t = useTranslations("signin");
  const [state, action] = useActionState(signInGuestAction, null);
  const failed = state && !state.ok && state.code !== "input:invalid";
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field name="code" label={t("code")} errors={state && !state.ok ? state.fieldErrors?.code : undefined}>
        {(p) => (
          <input {...p} defaultValue={code} autoComplete="off" autoCapitalize="characters" spellCheck={false} required className={`${inputClass} uppercase`} />
        )}
      </Field>
      <Field name="surname" label={t("surname")} errors={state && !state.ok ? state.fieldErrors?.surname : undefined}>
        {(p) => <input {...p} autoComplete="family-name" required className={inputClass} />}
      </Field>
      <div aria-live="assertive" role="status">
        {failed && (
          <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">{state.code === "auth:throttled" ? t("throttled") : t("invalid")}</p>
        )}
      </div>
      <SubmitButton pendingLabel={t("pending")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
