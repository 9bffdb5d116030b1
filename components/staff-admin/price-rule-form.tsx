"use client";
// One price rule: a children's age band (share off per-person prices) or a family discount on a package's items.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { LocalizedText } from "@/lib/catalogue-text";
import { Checkbox, FormResult, SelectField, TextField, useAdminForm, type AdminAction } from "./form-kit";
import { SubmitButton } from "@/components/submit-button";
import { TranslationFields } from "./translation-fields";

type Kind = "age_band" | "family_discount";

export type PriceRuleFormValues = {
  kind: Kind;
  label: LocalizedText;
  minAge: string;
  maxAge: string;
  minChildren: string;
  packageId: string;
  discount: string;
  active: boolean;
};

export function PriceRuleForm({
  action,
  ruleId,
  values,
  packages,
}: {
  action: AdminAction<unknown>;
  /** Absent: a new rule, whose kind is chosen here. */
  ruleId?: string;
  values: PriceRuleFormValues;
  packages: { id: string; name: string }[];
}) {
  const t = useTranslations("staff.catalogueAdmin.priceRules");
  const tc = useTranslations("staff.catalogueAdmin");
  const [kind, setKind] = useState<Kind>(values.kind);
  const form = useAdminForm(action, {
    messages: { discount: "staff.catalogueAdmin.errors.percent", maxAge: "staff.catalogueAdmin.errors.ageRange" },
    resetOnSuccess: !ruleId,
  });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      {ruleId ? (
        <>
          <input type="hidden" name="ruleId" value={ruleId} />
          <input type="hidden" name="kind" value={kind} />
        </>
      ) : (
        <SelectField
          name="kind"
          label={t("kind")}
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          options={(["age_band", "family_discount"] as const).map((k) => ({ value: k, label: t(`kindOption.${k}`) }))}
        />
      )}
      <TranslationFields fields={[{ prefix: "label", label: t("label"), max: 120 }]} values={{ label: values.label }} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "age_band" ? (
          <>
            <TextField name="minAge" label={t("minAge")} hint={t("minAgeHint")} inputMode="numeric" defaultValue={values.minAge} errors={form.errors("minAge")} />
            <TextField name="maxAge" label={t("maxAge")} hint={t("maxAgeHint")} inputMode="numeric" defaultValue={values.maxAge} errors={form.errors("maxAge")} />
          </>
        ) : (
          <>
            <TextField name="minChildren" label={t("minChildren")} inputMode="numeric" defaultValue={values.minChildren} errors={form.errors("minChildren")} />
            <SelectField
              name="packageId"
              label={t("package")}
              defaultValue={values.packageId}
              options={[{ value: "", label: t("choosePackage") }, ...packages.map((p) => ({ value: p.id, label: p.name }))]}
              errors={form.errors("packageId")}
            />
          </>
        )}
        <TextField name="discount" label={t("discount")} hint={t("discountHint")} inputMode="decimal" defaultValue={values.discount} errors={form.errors("discount")} />
        <Checkbox name="active" label={t("active")} defaultChecked={values.active} />
      </div>
      <FormResult state={form.state} success={<p>{ruleId ? t("saved") : t("created")}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{ruleId ? tc("save") : t("create")}</SubmitButton>
    </form>
  );
}
