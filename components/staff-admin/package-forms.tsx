"use client";
// A package's texts, bundle price, order and status; and which services it bundles.
import { useTranslations } from "next-intl";
import type { LocalizedText } from "@/lib/catalogue-text";
import { fractionDigits } from "@/lib/money";
import { Checkbox, CheckboxGroup, FormResult, TextField, useAdminForm, type AdminAction } from "./form-kit";
import { SubmitButton } from "@/components/submit-button";
import { TranslationFields } from "./translation-fields";

export function PackageForm({
  action,
  packageId,
  values,
  currency,
}: {
  action: AdminAction<{ changed: string[] }>;
  packageId: string;
  values: { name: LocalizedText; description: LocalizedText; bundlePrice: string; sortOrder: string; active: boolean };
  currency: string;
}) {
  const t = useTranslations("staff.catalogueAdmin");
  const form = useAdminForm(action, { messages: { bundlePrice: `staff.catalogueAdmin.errors.money:${fractionDigits(currency)}` } });
  const changed = form.state?.ok ? form.state.data.changed.length : 0;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-6">
      <input type="hidden" name="packageId" value={packageId} />
      <TranslationFields
        fields={[
          { prefix: "name", label: t("field.name"), max: 120 },
          { prefix: "description", label: t("field.description"), max: 2000, multiline: true },
        ]}
        values={{ name: values.name, description: values.description }}
        errors={form.errors}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="bundlePrice"
          label={t("field.bundlePrice", { currency })}
          hint={t("hint.bundlePrice")}
          inputMode="decimal"
          defaultValue={values.bundlePrice}
          errors={form.errors("bundlePrice")}
        />
        <TextField name="sortOrder" label={t("field.sortOrder")} hint={t("hint.sortOrder")} inputMode="numeric" defaultValue={values.sortOrder} errors={form.errors("sortOrder")} />
        <Checkbox name="active" label={t("field.packageActive")} defaultChecked={values.active} />
      </div>
      <FormResult state={form.state} success={<p>{changed ? t("saved", { count: changed }) : t("unchanged")}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{t("save")}</SubmitButton>
    </form>
  );
}

export function PackageItemsForm({
  action,
  packageId,
  services,
  itemIds,
}: {
  action: AdminAction<{ added: number; removed: number }>;
  packageId: string;
  services: { id: string; name: string; active: boolean }[];
  itemIds: string[];
}) {
  const t = useTranslations("staff.catalogueAdmin");
  const form = useAdminForm(action, { multi: ["serviceIds"] });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="packageId" value={packageId} />
      <CheckboxGroup
        name="serviceIds"
        legend={t("items.legend")}
        hint={t("items.hint")}
        options={services.map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (${t("inactive")})` }))}
        checked={itemIds}
        errors={form.errors("serviceIds")}
      />
      <FormResult
        state={form.state}
        success={form.state?.ok && <p>{t("items.saved", { added: form.state.data.added, removed: form.state.data.removed })}</p>}
      />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{t("items.save")}</SubmitButton>
    </form>
  );
}
