"use client";
// A department's calendar feed: the secret address to copy into a calendar app, and a button for a new one.
import { useId } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { FormResult, useAdminForm, type AdminAction } from "./form-kit";

export function CalendarFeed({
  action,
  departmentId,
  departmentName,
  url,
}: {
  action: AdminAction<{ rotated: boolean }>;
  departmentId: string;
  departmentName: string;
  url: string;
}) {
  const t = useTranslations("staff.departments");
  const form = useAdminForm(action);
  const id = useId();
  return (
    <div className="mt-5 border-t border-stone-200 pt-4">
      <h3 className="font-semibold">{t("calendarTitle")}</h3>
      <p className="mt-1 text-sm text-stone-700">{t("calendarHint")}</p>
      <label htmlFor={id} className="mt-3 block text-sm font-medium">
        {t("calendarUrl", { name: departmentName })}
      </label>
      <input
        id={id}
        readOnly
        value={url}
        data-testid="calendar-url"
        onFocus={(e) => e.currentTarget.select()}
        className={`${inputClass} font-mono text-sm`}
      />
      <form onSubmit={form.onSubmit} noValidate className="mt-3 space-y-3">
        <input type="hidden" name="departmentId" value={departmentId} />
        <FormResult state={form.state} success={<p>{t("calendarRotated")}</p>} />
        <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel} variant="secondary">
          {t("calendarRotate")}
        </SubmitButton>
      </form>
    </div>
  );
}
