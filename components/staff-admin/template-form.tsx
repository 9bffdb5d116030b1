"use client";
// One situation's message template: a text per hotel language (the default one required), saved together.
import { useTranslations } from "next-intl";
import { TEMPLATE_BODY_MAX } from "@/lib/message-templates";
import { SubmitButton } from "@/components/submit-button";
import { FormResult, TextArea, useAdminForm, type AdminAction } from "./form-kit";

export type TemplateLanguage = { locale: string; name: string; isDefault: boolean };

export function TemplateForm({
  action,
  situation,
  bodies,
  languages,
}: {
  action: AdminAction<{ changed: string[] }>;
  situation: string;
  bodies: Record<string, string>;
  languages: TemplateLanguage[];
}) {
  const t = useTranslations("staff.templates");
  const form = useAdminForm(action);
  const changed = form.state?.ok ? form.state.data.changed.length : 0;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="situation" value={situation} />
      <div className="grid gap-4 lg:grid-cols-2">
        {languages.map((l) => (
          <TextArea
            key={l.locale}
            name={`body_${l.locale}`}
            label={l.isDefault ? t("defaultLanguage", { language: l.name }) : t("bodyLabel", { language: l.name })}
            lang={l.locale}
            rows={3}
            maxLength={TEMPLATE_BODY_MAX}
            required={l.isDefault}
            defaultValue={bodies[l.locale] ?? ""}
            errors={form.errors(`body_${l.locale}`)}
          />
        ))}
      </div>
      <FormResult state={form.state} success={<p>{changed ? t("saved") : t("unchanged")}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
