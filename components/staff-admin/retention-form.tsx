"use client";
// The manager's guest data retention period: days after check-out, 7 to 3650, with its error next to the field.
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { FormResult, TextField, useAdminForm, type AdminAction } from "./form-kit";

export function RetentionForm({ action, days }: { action: AdminAction<{ changed: boolean; retentionDays: number }>; days: number }) {
  const t = useTranslations("staff.retention");
  const form = useAdminForm(action, { messages: { retentionDays: "staff.retention.outOfRange" } });
  const saved = form.state?.ok ? form.state.data.retentionDays : null;
  return (
    <form onSubmit={form.onSubmit} noValidate className="max-w-md space-y-3">
      <TextField
        name="retentionDays"
        label={t("label")}
        hint={t("hint", { min: 7, max: 3650 })}
        errors={form.errors("retentionDays")}
        defaultValue={String(days)}
        inputMode="numeric"
        autoComplete="off"
      />
      <FormResult state={form.state} success={saved !== null && <p>{t("saved", { days: saved })}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
