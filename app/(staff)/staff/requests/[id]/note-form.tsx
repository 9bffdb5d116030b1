"use client";
// Adds an internal note to a request: for staff only, never shown to the guest.
import { useTranslations } from "next-intl";
import { NOTE_MAX } from "@/lib/form-limits";
import { RequestTextForm } from "@/components/staff/request-text-form";
import { addInternalNoteAction } from "../../actions";

export function InternalNoteForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("staff.requestChanges");
  return (
    <section aria-labelledby="note-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="note-title" className="text-lg font-semibold">
        {t("noteTitle")}
      </h2>
      <RequestTextForm
        bookingId={bookingId}
        action={addInternalNoteAction}
        fieldId="body"
        label={t("noteLabel")}
        hint={t("noteHint")}
        maxLength={NOTE_MAX}
        submitLabel={t("noteSubmit")}
        pendingLabel={t("pending")}
        sentMessage={t("noteAdded")}
        variant="secondary"
      />
    </section>
  );
}
