"use client";
// Adds an internal note to a request: for staff only, never shown to the guest.
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { ActionFeedback, lengthErrors } from "@/components/staff/action-feedback";
import { NOTE_MAX } from "@/components/staff/limits";
import { addInternalNoteAction } from "../../actions";

export function InternalNoteForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("staff.requestChanges");
  const [state, dispatch] = useActionState(addInternalNoteAction, null);
  const [body, setBody] = useState("");
  useEffect(() => {
    if (state?.ok) setBody("");
  }, [state]);
  const failure = state && !state.ok ? state : null;
  return (
    <section aria-labelledby="note-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="note-title" className="text-lg font-semibold">
        {t("noteTitle")}
      </h2>
      <ActionFeedback state={state} fields={["body"]} success={() => t("noteAdded")} />
      <form action={dispatch} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="bookingId" value={bookingId} />
        <Field name="body" label={t("noteLabel")} hint={t("noteHint")} errors={lengthErrors(failure?.fieldErrors?.body)}>
          {(p) => (
            <textarea
              {...p}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={3}
              maxLength={NOTE_MAX}
              required
              className={inputClass}
            />
          )}
        </Field>
        <SubmitButton pendingLabel={t("pending")} variant="secondary">
          {t("noteSubmit")}
        </SubmitButton>
      </form>
    </section>
  );
}
