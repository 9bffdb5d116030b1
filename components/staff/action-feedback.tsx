"use client";
// The announced result of a request form: success, "someone else was faster" with a way to reload, or a general error.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/components/field";
import type { ActionResult } from "@/lib/action-result";

type Props<T> = {
  state: ActionResult<T> | null;
  /** What to say when the action succeeded. */
  success: (data: T) => string;
  /** Fields whose errors the form shows next to them; other invalid input is reported here. */
  fields: string[];
};

/** A text's "at most {n}" is a length, not a number: reword the shared message. */
export function lengthErrors(keys: string[] | undefined): string[] | undefined {
  return keys?.map((key) => (key.startsWith("validation.too_big:") ? `staff.requestChanges.tooLong:${key.split(":")[1]}` : key));
}

export function ActionFeedback<T>({ state, success, fields }: Props<T>) {
  const t = useTranslations("staff.actions");
  const failureText = useFailureText();
  const router = useRouter();
  const [reloadedFor, setReloadedFor] = useState<unknown>(null);
  const [reloading, startReload] = useTransition();

  const failure = state && !state.ok ? state : null;
  const conflict = failure?.code === "booking:conflict" && reloadedFor !== state;
  const onField = failure?.code === "input:invalid" && fields.some((f) => failure.fieldErrors?.[f]?.length);
  const otherError = failure && failure.code !== "booking:conflict" && !onField;

  return (
    <>
      <div role="status" aria-live="polite" className="mt-2 empty:hidden">
        {state?.ok && <p className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900">{success(state.data)}</p>}
        {conflict && <p className="rounded-lg bg-amber-50 p-3 font-medium text-amber-950">{t("conflict")}</p>}
        {otherError && (
          <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
            {failureText(failure)}
          </p>
        )}
      </div>
      {conflict && (
        <button
          type="button"
          onClick={() => {
            setReloadedFor(state);
            startReload(() => router.refresh());
          }}
          disabled={reloading}
          className="mt-2 inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:bg-stone-50 disabled:opacity-60"
        >
          {t("reload")}
        </button>
      )}
    </>
  );
}
