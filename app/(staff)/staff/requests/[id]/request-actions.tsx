"use client";
// The next steps for one request (confirm, decline with a reason and an alternative, start, fulfil, …) and their announced results.
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/field";
import { ActionFeedback, lengthErrors } from "@/components/staff/action-feedback";
import { ALTERNATIVE_MAX, REASON_MAX } from "@/lib/form-limits";
import type { StaffAction } from "@/lib/booking-status";
import { changeRequestStatus } from "../../actions";

const BUTTON_ORDER: Exclude<StaffAction, "decline">[] = ["confirm", "start", "fulfil", "no_show", "cancel"];

const VARIANT: Record<StaffAction, string> = {
  confirm: "bg-brand-600 text-white hover:bg-brand-700",
  start: "bg-brand-600 text-white hover:bg-brand-700",
  fulfil: "bg-brand-600 text-white hover:bg-brand-700",
  no_show: "bg-white text-ink border border-stone-400 hover:bg-stone-50",
  cancel: "bg-white text-red-800 border border-red-300 hover:bg-red-50",
  decline: "bg-white text-red-800 border border-red-300 hover:bg-red-50",
};

/** A submit button for one action; only the pressed one says it is saving, all wait meanwhile. */
function ActionButton({ action }: { action: StaffAction }) {
  const t = useTranslations("staff.actions");
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("action") === action;
  return (
    <button
      type="submit"
      name="action"
      value={action}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold disabled:opacity-60 ${VARIANT[action]}`}
    >
      {mine && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {mine ? t("pending") : t(action)}
    </button>
  );
}

export function RequestActions({ bookingId, actions }: { bookingId: string; actions: StaffAction[] }) {
  const t = useTranslations("staff.actions");
  const tx = useTranslations("staff.requestChanges");
  const tAll = useTranslations();
  const [state, dispatch] = useActionState(changeRequestStatus, null);
  // Controlled, so what was typed survives an attempt that was not accepted; emptied once it was.
  const [reason, setReason] = useState("");
  const [alternative, setAlternative] = useState("");
  // A new result is noticed while rendering rather than in an effect (one render, not two).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setReason("");
      setAlternative("");
    }
  }

  const failure = state && !state.ok ? state : null;
  const buttons = BUTTON_ORDER.filter((a) => actions.includes(a));

  return (
    <section aria-labelledby="actions-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="actions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ActionFeedback
        state={state}
        fields={["reason", "alternative"]}
        success={(data) => t("updated", { status: tAll(`status.${data.status}`) })}
      />
      {actions.length === 0 && <p className="mt-2 text-stone-700">{t("none")}</p>}
      {buttons.length > 0 && (
        <form action={dispatch} className="mt-3 flex flex-wrap gap-2">
          <input type="hidden" name="bookingId" value={bookingId} />
          {buttons.map((a) => (
            <ActionButton key={a} action={a} />
          ))}
        </form>
      )}
      {actions.includes("decline") && (
        <form action={dispatch} className="mt-4 space-y-3 border-t border-stone-200 pt-4" noValidate>
          <input type="hidden" name="bookingId" value={bookingId} />
          <Field name="reason" label={t("reason")} hint={tx("reasonHint")} errors={lengthErrors(failure?.fieldErrors?.reason)}>
            {(p) => (
              <textarea
                {...p}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={2}
                maxLength={REASON_MAX}
                required
                className={inputClass}
              />
            )}
          </Field>
          <Field
            name="alternative"
            label={tx("alternative")}
            hint={tx("alternativeHint")}
            errors={lengthErrors(failure?.fieldErrors?.alternative)}
          >
            {(p) => (
              <textarea
                {...p}
                value={alternative}
                onChange={(e) => setAlternative(e.target.value)}
                rows={2}
                maxLength={ALTERNATIVE_MAX}
                className={inputClass}
              />
            )}
          </Field>
          <ActionButton action="decline" />
        </form>
      )}
    </section>
  );
}
