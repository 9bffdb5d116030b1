"use client";
// Apology credits on a stay's page: the app's proposals for late requests (one click fills the form) and the form itself.
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Field, inputClass, useFailureText } from "@/components/field";
import { formatMoney } from "@/components/format";
import { SubmitButton } from "@/components/submit-button";
import { giveCreditAction } from "@/app/(staff)/staff/stays/actions";
import type { ActionResult } from "@/app/_server/action";
import { formatMinorPlain } from "@/lib/money";
import { stayErrorKeys } from "./error-keys";

export type ProposalView = {
  bookingId: string;
  service: string;
  kind: "answered" | "fulfilled";
  minutes: number;
  target: number;
  proposedMinor: number;
};

type Prefill = { amount: string; reason: string; bookingId: string };

/** When a proposal was taken or a result came back: the form shows whichever arrived last (called in events, never in render). */
function arrivedAt(): number {
  return Date.now();
}

type Submitted = { result: ActionResult<{ id: string; amountMinor: number; currency: string }>; values: Prefill; stamp: number } | null;

const EMPTY: Prefill = { amount: "", reason: "", bookingId: "" };

const REASON_MAX = 200;

export function CreditPanel({
  stayId,
  currency,
  limitMinor,
  isManager,
  proposals,
  bookings,
}: {
  stayId: string;
  currency: string;
  limitMinor: number;
  isManager: boolean;
  proposals: ProposalView[];
  bookings: { id: string; label: string }[];
}) {
  const t = useTranslations("staff.credits");
  const failureText = useFailureText();
  const format = useFormatter();
  const money = (minor: number) => formatMoney(format, minor, currency);
  const [submitted, dispatch] = useActionState<Submitted, FormData>(async (_prev, form) => {
    const result = await giveCreditAction(null, form);
    const values = { amount: String(form.get("amount") ?? ""), reason: String(form.get("reason") ?? ""), bookingId: String(form.get("bookingId") ?? "") };
    // After a success the form starts empty; after a failure it keeps what was typed.
    return { result, values: result.ok ? EMPTY : values, stamp: arrivedAt() };
  }, null);
  const [prefill, setPrefill] = useState<{ values: Prefill; stamp: number } | null>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (prefill) amountRef.current?.focus();
  }, [prefill]);
  // The form shows whichever came last: a proposal clicked, or the answer to a submission.
  const shown = [prefill, submitted].filter((x) => x !== null).sort((a, b) => b.stamp - a.stamp)[0] ?? null;
  const values = shown?.values ?? EMPTY;

  const state = submitted?.result ?? null;
  const failure = state && !state.ok ? state : null;
  const aboveLimit = failure?.code === "auth:forbidden" && !!failure.fieldErrors?.amount;
  const message = state?.ok
    ? t("given", { amount: money(state.data.amountMinor) })
    : aboveLimit
      ? t("aboveLimit", { limit: money(limitMinor) })
      : failure && !failure.fieldErrors
        ? failureText(failure)
        : null;

  function applyProposal(p: ProposalView) {
    setPrefill({
      values: {
        amount: formatMinorPlain(p.proposedMinor, currency),
        reason: t("defaultReason", { service: p.service, minutes: p.minutes, target: p.target }).slice(0, REASON_MAX),
        bookingId: p.bookingId,
      },
      stamp: arrivedAt(),
    });
  }

  return (
    <section aria-labelledby="credits-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="credits-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <h3 className="mt-3 font-semibold">{t("proposalsTitle")}</h3>
      {proposals.length === 0 ? (
        <p className="mt-1 text-stone-700">{t("noProposals")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {proposals.map((p) => (
            <li key={p.bookingId} data-testid="credit-proposal" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
              <p>
                {t(p.kind, { service: p.service, minutes: p.minutes, target: p.target })} — {t("propose", { amount: money(p.proposedMinor) })}
              </p>
              <button
                type="button"
                onClick={() => applyProposal(p)}
                className="mt-2 inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:bg-stone-50"
              >
                {t("use")}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-5 font-semibold">{t("formTitle")}</h3>
      <form key={shown?.stamp ?? 0} action={dispatch} noValidate className="mt-2 space-y-3">
        <input type="hidden" name="stayId" value={stayId} />
        <Field
          name="amount"
          label={t("amount", { currency })}
          hint={isManager ? t("amountHintManager", { limit: money(limitMinor) }) : t("amountHint", { limit: money(limitMinor) })}
          errors={stayErrorKeys(failure?.fieldErrors?.amount)}
        >
          {(p) => (
            <input {...p} ref={amountRef} defaultValue={values.amount} inputMode="decimal" autoComplete="off" required maxLength={20} className={inputClass} />
          )}
        </Field>
        <Field name="reason" label={t("reason")} hint={t("reasonHint")} errors={stayErrorKeys(failure?.fieldErrors?.reason)}>
          {(p) => <textarea {...p} defaultValue={values.reason} rows={2} required maxLength={REASON_MAX} className={inputClass} />}
        </Field>
        <Field name="bookingId" label={t("booking")} errors={stayErrorKeys(failure?.fieldErrors?.bookingId)}>
          {(p) => (
            <select {...p} defaultValue={values.bookingId} className={inputClass}>
              <option value="">{t("noBooking")}</option>
              {bookings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </form>
      <div role="status" aria-live="polite" className="mt-3 empty:hidden">
        {message && (
          <p className={`rounded-lg p-3 font-medium ${state?.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900"}`}>{message}</p>
        )}
      </div>
    </section>
  );
}
