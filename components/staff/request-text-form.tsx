"use client";
// A text written on a request (an internal note, a message to the guest): one textarea, sent by a
// Server Action, emptied once it went through, errors next to the field or announced above it.
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { ActionFeedback, lengthErrors } from "@/components/staff/action-feedback";
import type { ActionResult } from "@/lib/action-result";

type Props<T> = {
  bookingId: string;
  action: (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
  /** The textarea's id (two forms on one page need two); its form field is always `body`. */
  fieldId: string;
  label: string;
  hint: string;
  maxLength: number;
  submitLabel: string;
  pendingLabel: string;
  sentMessage: string;
  variant?: "primary" | "secondary";
};

export function RequestTextForm<T>({ bookingId, action, fieldId, label, hint, maxLength, submitLabel, pendingLabel, sentMessage, variant }: Props<T>) {
  const [state, dispatch] = useActionState(action, null);
  const [body, setBody] = useState("");
  // Emptied once sent; a new result is noticed while rendering rather than in an effect (one render, not two).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setBody("");
  }
  const failure = state && !state.ok ? state : null;
  return (
    <>
      <ActionFeedback state={state} fields={["body"]} success={() => sentMessage} />
      <form action={dispatch} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="bookingId" value={bookingId} />
        <Field name={fieldId} label={label} hint={hint} errors={lengthErrors(failure?.fieldErrors?.body)}>
          {(p) => (
            <textarea {...p} name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={3} maxLength={maxLength} required className={inputClass} />
          )}
        </Field>
        <SubmitButton pendingLabel={pendingLabel} variant={variant}>
          {submitLabel}
        </SubmitButton>
      </form>
    </>
  );
}
