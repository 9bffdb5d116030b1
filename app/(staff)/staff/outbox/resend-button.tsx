"use client";
// "Send again" for one email of the outbox; the result is announced next to the button.
import { useTranslations } from "next-intl";
import { FormResult, useAdminForm, type AdminAction } from "@/components/staff-admin/form-kit";
import { SubmitButton } from "@/components/submit-button";

export function ResendEmailButton({ action, id, label }: { action: AdminAction<{ id: string }>; id: string; label: string }) {
  const t = useTranslations("staff.outbox");
  const form = useAdminForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel} variant="secondary">
        {t("resend")}
        <span className="sr-only"> {label}</span>
      </SubmitButton>
      <div className="mt-1 text-sm">
        <FormResult state={form.state} success={<p>{t("resent")}</p>} />
      </div>
    </form>
  );
}
