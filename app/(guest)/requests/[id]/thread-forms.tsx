"use client";
// Forms on a guest's booking page: a message to staff, and the rating after fulfilment. Pending and results are announced.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, useFailureText } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { postGuestMessageAction, rateBookingAction } from "./actions";

function Result({ ok, okText, error }: { ok: boolean | null; okText: string; error: string | null }) {
  return (
    <p role="status" aria-live="polite" className="text-sm empty:hidden">
      {ok && <span className="font-medium text-emerald-900">{okText}</span>}
      {error && <span className="font-medium text-red-900">{error}</span>}
    </p>
  );
}

export function GuestMessageForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("conversation.thread");
  const failureText = useFailureText();
  const [state, dispatch] = useActionState(postGuestMessageAction, null);
  const [body, setBody] = useState("");
  // Emptied once sent; a new result is noticed while rendering rather than in an effect (one render, not two).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setBody("");
  }
  const failure = state && !state.ok ? state : null;
  const generic = failure && !failure.fieldErrors?.body ? failureText(failure) : null;
  return (
    <form action={dispatch} className="space-y-3" noValidate>
      <input type="hidden" name="bookingId" value={bookingId} />
      <Field name="body" label={t("writeLabel")} hint={t("writeHint")} errors={failure?.fieldErrors?.body}>
        {(p) => <textarea {...p} value={body} onChange={(e) => setBody(e.target.value)} rows={3} maxLength={1000} required className={inputClass} />}
      </Field>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      <Result ok={state?.ok ?? null} okText={t("sent")} error={generic} />
    </form>
  );
}

/** The rating form, or the rating given; stays mounted across the refresh so its thanks is still announced. */
export function RatingForm({ bookingId, rated }: { bookingId: string; rated: { score: number; comment: string | null } | null }) {
  const t = useTranslations("conversation.rating");
  const tAll = useTranslations();
  const failureText = useFailureText();
  const [state, dispatch] = useActionState(rateBookingAction, null);
  const failure = state && !state.ok ? state : null;
  const error = failure
    ? failure.code === "booking:conflict"
      ? t("alreadyRated")
      : failure.fieldErrors?.score
        ? tAll("validation.invalid")
        : failureText(failure)
    : null;
  if (state?.ok || rated) {
    return (
      <div>
        {state?.ok && <Result ok okText={state.data.flagged ? t("thanksFlagged") : t("thanks")} error={null} />}
        {rated && <p>{t("yours", { score: rated.score })}</p>}
        {rated?.comment && <p className="text-stone-700">{t("yourComment", { comment: rated.comment })}</p>}
      </div>
    );
  }
  return (
    <form action={dispatch} className="space-y-3" noValidate>
      <input type="hidden" name="bookingId" value={bookingId} />
      <fieldset>
        <legend className="font-medium">{t("score")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="score" value={n} required aria-label={t("star", { n })} />
              <span aria-hidden>{"★".repeat(n)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field name="comment" label={t("comment")}>
        {(p) => <textarea {...p} rows={3} maxLength={1000} className={inputClass} />}
      </Field>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="complaint" className="size-5" />
        <span>{t("complaint")}</span>
      </label>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      <Result ok={null} okText="" error={error} />
    </form>
  );
}
