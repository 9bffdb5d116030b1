"use client";
// Create or edit a stay: every field labelled, errors next to their fields, the first one focused, typed values kept.
import { useActionState, useEffect, useRef } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field, inputClass, useFailureText } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { createStayAction, updateStayAction } from "@/app/(staff)/staff/stays/actions";
import type { ActionResult } from "@/app/_server/action";
import { stayErrorKeys } from "./error-keys";

export type StayFormValues = {
  reservationCode: string;
  surname: string;
  guestName: string;
  email: string;
  room: string;
  checkIn: string;
  checkOut: string;
  adults: string;
  childrenAges: string;
  vip: boolean;
  locale: string;
  notes: string;
};

type State = { result: ActionResult<unknown>; values: Record<string, string>; n: number } | null;

const FIELD_ORDER = ["reservationCode", "surname", "guestName", "email", "room", "checkIn", "checkOut", "adults", "childrenAges", "vip", "locale", "notes"];

export function StayForm({ stayId, initial, cancelHref }: { stayId?: string; initial: StayFormValues; cancelHref: string }) {
  const t = useTranslations("staff.stays.form");
  const failureText = useFailureText();
  const action = stayId ? updateStayAction : createStayAction;
  const [state, dispatch] = useActionState<State, FormData>(
    async (prev, form) => ({
      result: await action(null, form),
      values: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])),
      n: (prev?.n ?? 0) + 1,
    }),
    null,
  );
  const failure = state && !state.result.ok ? state.result : null;
  const errors = (name: string) => stayErrorKeys(failure?.fieldErrors?.[name]);
  // A failed submission re-renders the form with what was typed (React resets uncontrolled forms after an action).
  const value = (name: keyof StayFormValues) => (state ? (state.values[name] ?? "") : String(initial[name]));
  const vip = state ? state.values.vip === "on" : initial.vip;

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!failure?.fieldErrors) return;
    const first = FIELD_ORDER.find((name) => failure.fieldErrors?.[name]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#field-${first}`)?.focus();
  }, [failure]);

  const formError = failure && !failure.fieldErrors ? failureText(failure) : failure ? t("failed") : null;

  return (
    <>
    <form ref={formRef} key={state?.n ?? 0} action={dispatch} noValidate className="space-y-4 rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      {stayId && <input type="hidden" name="stayId" value={stayId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="reservationCode" label={t("reservationCode")} hint={t("reservationCodeHint")} errors={errors("reservationCode")}>
          {(p) => <input {...p} defaultValue={value("reservationCode")} required maxLength={40} autoComplete="off" spellCheck={false} className={`${inputClass} uppercase`} />}
        </Field>
        <Field name="surname" label={t("surname")} hint={t("surnameHint")} errors={errors("surname")}>
          {(p) => <input {...p} defaultValue={value("surname")} required maxLength={100} autoComplete="off" className={inputClass} />}
        </Field>
        <Field name="guestName" label={t("guestName")} errors={errors("guestName")}>
          {(p) => <input {...p} defaultValue={value("guestName")} required maxLength={200} autoComplete="off" className={inputClass} />}
        </Field>
        <Field name="email" label={t("email")} errors={errors("email")}>
          {(p) => <input {...p} type="email" defaultValue={value("email")} maxLength={200} autoComplete="off" className={inputClass} />}
        </Field>
        <Field name="room" label={t("room")} errors={errors("room")}>
          {(p) => <input {...p} defaultValue={value("room")} maxLength={20} autoComplete="off" className={inputClass} />}
        </Field>
        <Field name="adults" label={t("adults")} errors={errors("adults")}>
          {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={50} defaultValue={value("adults")} required className={inputClass} />}
        </Field>
        <Field name="checkIn" label={t("checkIn")} errors={errors("checkIn")}>
          {(p) => <input {...p} type="date" defaultValue={value("checkIn")} required className={inputClass} />}
        </Field>
        <Field name="checkOut" label={t("checkOut")} errors={errors("checkOut")}>
          {(p) => <input {...p} type="date" defaultValue={value("checkOut")} required className={inputClass} />}
        </Field>
        <Field name="childrenAges" label={t("childrenAges")} hint={t("childrenAgesHint")} errors={errors("childrenAges")}>
          {(p) => <input {...p} defaultValue={value("childrenAges")} inputMode="numeric" maxLength={200} autoComplete="off" className={inputClass} />}
        </Field>
        <Field name="locale" label={t("locale")} hint={t("localeHint")} errors={errors("locale")}>
          {(p) => <input {...p} defaultValue={value("locale")} maxLength={10} autoComplete="off" spellCheck={false} className={inputClass} />}
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <input id="field-vip" name="vip" type="checkbox" defaultChecked={vip} className="size-5 accent-brand-600" />
        <label htmlFor="field-vip" className="font-medium">
          {t("vip")}
        </label>
      </div>
      <Field name="notes" label={t("notes")} errors={errors("notes")}>
        {(p) => <textarea {...p} defaultValue={value("notes")} rows={3} maxLength={1000} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t("pending")}>{stayId ? t("save") : t("create")}</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-700 underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
      {/* Outside the form, which is re-mounted after each attempt: a live region must already exist to be announced. */}
      <div role="status" aria-live="polite" className="mt-3 empty:hidden">
        {formError && <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">{formError}</p>}
      </div>
    </>
  );
}
