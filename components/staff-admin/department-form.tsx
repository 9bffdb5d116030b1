"use client";
// One department: the name staff see, the names guests read in the hotel's other languages, and how soon
// a new request should be answered. Without a departmentId it creates one (and asks for its slug).
import { useTranslations } from "next-intl";
import { DEPARTMENT_NAME_MAX } from "@/lib/form-limits";
import type { CatalogueLocale } from "@/lib/catalogue-text";
import { FormResult, TextField, useAdminForm, type AdminAction } from "./form-kit";
import { SubmitButton } from "@/components/submit-button";
import { TranslationFields } from "./translation-fields";

export type DepartmentFormValues = { name: string; nameTranslations: Record<string, string>; responseTargetMinutes: string };

export function DepartmentForm({
  action,
  departmentId,
  values,
  guestLocales,
}: {
  action: AdminAction<{ changed: string[] } | { id: string; slug: string }>;
  /** Absent: a new department. */
  departmentId?: string;
  values: DepartmentFormValues;
  /** The languages with a guest name of their own (the property's, but its own). */
  guestLocales: readonly CatalogueLocale[];
}) {
  const t = useTranslations("staff.departments");
  const tc = useTranslations("staff.catalogueAdmin");
  const form = useAdminForm(action, {
    messages: { responseTargetMinutes: "staff.departments.errors.target", slug: "staff.catalogueAdmin.errors.slug" },
    resetOnSuccess: !departmentId,
  });
  const data = form.state?.ok ? form.state.data : null;
  const changed = data && "changed" in data ? data.changed.length : 0;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      {departmentId && <input type="hidden" name="departmentId" value={departmentId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t("name")} hint={t("nameHint")} required maxLength={DEPARTMENT_NAME_MAX} defaultValue={values.name} errors={form.errors("name")} />
        <TextField
          name="responseTargetMinutes"
          label={t("target")}
          hint={t("targetHint")}
          required
          inputMode="numeric"
          defaultValue={values.responseTargetMinutes}
          errors={form.errors("responseTargetMinutes")}
        />
        {!departmentId && (
          <TextField name="slug" label={t("slug")} hint={t("slugHint")} maxLength={60} autoComplete="off" errors={form.errors("slug")} />
        )}
      </div>
      {guestLocales.length > 0 && (
        <div className="space-y-2">
          <p className="text-stone-700">{t("guestNamesHint")}</p>
          <TranslationFields
            fields={[{ prefix: "name", label: t("guestName"), max: DEPARTMENT_NAME_MAX }]}
            values={{ name: values.nameTranslations }}
            locales={guestLocales}
            requiredLocale={null}
            errors={form.errors}
          />
        </div>
      )}
      <FormResult
        state={form.state}
        success={<p>{departmentId ? (changed ? tc("saved", { count: changed }) : tc("unchanged")) : t("created")}</p>}
      />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{departmentId ? tc("save") : t("create")}</SubmitButton>
    </form>
  );
}
