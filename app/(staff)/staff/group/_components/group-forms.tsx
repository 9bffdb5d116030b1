"use client";
// The group administrator's forms: a new property (optionally a copy of another's catalogue) and who works where.
import { useTranslations } from "next-intl";
import { CheckboxGroup, FormResult, SelectField, TextField, useAdminForm, type AdminAction } from "@/components/staff-admin/form-kit";
import { SubmitButton } from "@/components/submit-button";

type Place = { id: string; name: string };

export function NewPropertyForm({
  action,
  properties,
  locales,
}: {
  action: AdminAction<{ id: string; copied: number }>;
  properties: Place[];
  locales: { value: string; label: string }[];
}) {
  const t = useTranslations("staff.group");
  const form = useAdminForm(action, { multi: ["locales"], resetOnSuccess: true });
  return (
    <form onSubmit={form.onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <TextField name="name" label={t("field.name")} errors={form.errors("name")} required maxLength={100} />
      <TextField name="slug" label={t("field.slug")} hint={t("field.slugHint")} errors={form.errors("slug")} required maxLength={40} />
      <TextField name="timeZone" label={t("field.timeZone")} hint={t("field.timeZoneHint")} errors={form.errors("timeZone")} required maxLength={64} />
      <TextField name="currency" label={t("field.currency")} hint={t("field.currencyHint")} errors={form.errors("currency")} required maxLength={3} />
      <div className="sm:col-span-2">
        <CheckboxGroup name="locales" legend={t("field.locales")} errors={form.errors("locales")} options={locales} checked={["en"]} />
      </div>
      <SelectField name="defaultLocale" label={t("field.defaultLocale")} errors={form.errors("defaultLocale")} options={locales} defaultValue="en" />
      <SelectField
        name="copyFrom"
        label={t("field.copyFrom")}
        hint={t("field.copyFromHint")}
        errors={form.errors("copyFrom")}
        options={[{ value: "", label: t("field.copyNone") }, ...properties.map((p) => ({ value: p.id, label: p.name }))]}
        defaultValue=""
      />
      <div className="sm:col-span-2 space-y-3">
        <FormResult state={form.state} success={form.state?.ok ? t("created", { n: form.state.data.copied }) : null} />
        <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>
          {t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function MembershipForm({ action, properties }: { action: AdminAction<{ staffId: string }>; properties: Place[] }) {
  const t = useTranslations("staff.group");
  const tRole = useTranslations("staff.layout.role");
  const form = useAdminForm(action, { resetOnSuccess: true });
  return (
    <form onSubmit={form.onSubmit} className="grid gap-4 sm:grid-cols-3" noValidate>
      <TextField name="email" type="email" label={t("field.email")} errors={form.errors("email")} required maxLength={254} />
      <SelectField name="propertyId" label={t("field.property")} errors={form.errors("propertyId")} options={properties.map((p) => ({ value: p.id, label: p.name }))} />
      <SelectField
        name="role"
        label={t("field.role")}
        errors={form.errors("role")}
        options={(["reception", "department", "manager"] as const).map((r) => ({ value: r, label: tRole(r) }))}
      />
      <div className="sm:col-span-3 space-y-3">
        <FormResult state={form.state} success={form.state?.ok ? t("memberSaved") : null} />
        <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>
          {t("saveMember")}
        </SubmitButton>
      </div>
    </form>
  );
}
