"use client";
// Editing or creating a service: texts per language, price and costs, the fields its booking mode uses.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { LocalizedText } from "@/lib/catalogue-text";
import { fractionDigits } from "@/lib/money";
import { Checkbox, CheckboxGroup, FormResult, SelectField, TextField, useAdminForm, type AdminAction } from "./form-kit";
import { SubmitButton } from "@/components/submit-button";
import { SyncNote, type Sync } from "./sync-note";
import { TranslationFields } from "./translation-fields";

type Mode = "timed" | "rental" | "on_request" | "ticket";
const MODES: Mode[] = ["timed", "rental", "on_request", "ticket"];
const UNITS = ["per_booking", "per_person", "per_child", "per_night", "per_day", "per_hour"] as const;
export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

export type ServiceFormValues = {
  departmentId: string;
  name: LocalizedText;
  description: LocalizedText;
  price: string;
  priceUnit: string;
  taxRate: string;
  cost: string;
  complimentary: boolean;
  durationMinutes: string;
  capacity: string;
  leadTimeMinutes: string;
  minAge: string;
  maxPerBooking: string;
  cancelCutoffMinutes: string;
  confirmation: "instant" | "approval";
  openFrom: string;
  openUntil: string;
  openWeekdays: string[];
  active: boolean;
};

type Target = { kind: "edit"; serviceId: string; mode: Mode } | { kind: "create"; packageId: string };

export function ServiceForm({
  action,
  target,
  values,
  departments,
  currency,
}: {
  action: AdminAction<{ changed?: string[]; sync?: Sync | null; id?: string }>;
  target: Target;
  values: ServiceFormValues;
  departments: { id: string; name: string }[];
  currency: string;
}) {
  const t = useTranslations("staff.catalogueAdmin");
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(target.kind === "edit" ? target.mode : "timed");
  const digits = fractionDigits(currency);
  const money = `staff.catalogueAdmin.errors.money:${digits}`;
  const form = useAdminForm(
    async (prev: unknown, input: unknown) => {
      const result = await action(prev, input);
      if (result.ok && target.kind === "create" && result.data.id) router.push(`/staff/catalogue/services/${result.data.id}?created=1`);
      return result;
    },
    {
      multi: ["openWeekdays"],
      messages: { price: money, cost: money, taxRate: "staff.catalogueAdmin.errors.percent", slug: "staff.catalogueAdmin.errors.slug" },
    },
  );
  const { errors, pending, state } = form;
  const sessions = mode === "timed" || mode === "ticket";
  const changed = state?.ok ? (state.data.changed?.length ?? 0) : 0;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-6">
      {target.kind === "edit" ? (
        <input type="hidden" name="serviceId" value={target.serviceId} />
      ) : (
        <input type="hidden" name="packageId" value={target.packageId} />
      )}

      <TranslationFields
        fields={[
          { prefix: "name", label: t("field.name"), max: 120 },
          { prefix: "description", label: t("field.description"), max: 2000, multiline: true },
        ]}
        values={{ name: values.name, description: values.description }}
        errors={errors}
      />

      {target.kind === "create" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="mode"
            label={t("field.mode")}
            hint={t("hint.mode")}
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
            errors={errors("mode")}
          />
          <TextField name="slug" label={t("field.slug")} hint={t("hint.slug")} maxLength={60} autoComplete="off" errors={errors("slug")} />
        </div>
      )}

      <fieldset className="grid gap-4 rounded-xl border border-stone-300 p-3 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("section.price")}</legend>
        <TextField name="price" label={t("field.price", { currency })} hint={t("hint.money", { example: (12.5).toFixed(digits) })} inputMode="decimal" defaultValue={values.price} errors={errors("price")} />
        <SelectField name="priceUnit" label={t("field.priceUnit")} defaultValue={values.priceUnit} options={UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))} errors={errors("priceUnit")} />
        <TextField name="taxRate" label={t("field.taxRate")} hint={t("hint.taxRate")} inputMode="decimal" defaultValue={values.taxRate} errors={errors("taxRate")} />
        <TextField name="cost" label={t("field.cost", { currency })} hint={t("hint.cost")} inputMode="decimal" defaultValue={values.cost} errors={errors("cost")} />
        <Checkbox name="complimentary" label={t("field.complimentary")} hint={t("hint.complimentary")} defaultChecked={values.complimentary} />
      </fieldset>

      <fieldset className="grid gap-4 rounded-xl border border-stone-300 p-3 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("section.booking", { mode: t(`mode.${mode}`) })}</legend>
        <SelectField name="departmentId" label={t("field.department")} defaultValue={values.departmentId} options={departments.map((d) => ({ value: d.id, label: d.name }))} errors={errors("departmentId")} />
        <SelectField
          name="confirmation"
          label={t("field.confirmation")}
          defaultValue={values.confirmation}
          options={[
            { value: "instant", label: t("confirmation.instant") },
            { value: "approval", label: t("confirmation.approval") },
          ]}
          errors={errors("confirmation")}
        />
        {sessions && (
          <TextField key={`duration-${mode}`} name="durationMinutes" label={t("field.durationMinutes")} inputMode="numeric" defaultValue={values.durationMinutes} errors={errors("durationMinutes")} />
        )}
        {(sessions || mode === "rental") && (
          <TextField
            key={`capacity-${mode}`}
            name="capacity"
            label={t(mode === "rental" ? "field.stock" : "field.seats")}
            hint={t(mode === "rental" ? "hint.stock" : "hint.seats")}
            inputMode="numeric"
            defaultValue={values.capacity}
            errors={errors("capacity")}
          />
        )}
        {mode === "on_request" && (
          <>
            <TextField name="openFrom" type="time" label={t("field.openFrom")} hint={t("hint.hours")} defaultValue={values.openFrom} errors={errors("openFrom")} />
            <TextField name="openUntil" type="time" label={t("field.openUntil")} defaultValue={values.openUntil} errors={errors("openUntil")} />
          </>
        )}
        <TextField name="leadTimeMinutes" label={t("field.leadTimeMinutes")} hint={t("hint.minutes")} inputMode="numeric" defaultValue={values.leadTimeMinutes} errors={errors("leadTimeMinutes")} />
        <TextField name="cancelCutoffMinutes" label={t("field.cancelCutoffMinutes")} hint={t("hint.minutes")} inputMode="numeric" defaultValue={values.cancelCutoffMinutes} errors={errors("cancelCutoffMinutes")} />
        <TextField name="minAge" label={t("field.minAge")} hint={t("hint.minAge")} inputMode="numeric" defaultValue={values.minAge} errors={errors("minAge")} />
        <TextField name="maxPerBooking" label={t("field.maxPerBooking")} inputMode="numeric" defaultValue={values.maxPerBooking} errors={errors("maxPerBooking")} />
        <div className="sm:col-span-2">
          <CheckboxGroup
            name="openWeekdays"
            legend={t("field.openWeekdays")}
            options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
            checked={values.openWeekdays}
            errors={errors("openWeekdays")}
          />
        </div>
        <Checkbox name="active" label={t("field.active")} hint={t("hint.active")} defaultChecked={values.active} />
      </fieldset>

      <FormResult
        state={state}
        success={
          target.kind === "edit" && (
            <>
              <p>{changed ? t("saved", { count: changed }) : t("unchanged")}</p>
              {state?.ok && state.data.sync && <SyncNote sync={state.data.sync} rental={mode === "rental"} />}
            </>
          )
        }
      />
      <SubmitButton pending={pending} pendingLabel={form.pendingLabel}>{target.kind === "edit" ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
