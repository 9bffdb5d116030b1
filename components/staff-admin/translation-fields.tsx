"use client";
// Catalogue texts in every language, one group per language: English required, the others optional.
import { useTranslations } from "next-intl";
import type { LocalizedText } from "@/db/schema/catalogue";
import { CATALOGUE_LOCALES } from "@/lib/catalogue-text";
import { TextArea, TextField } from "./form-kit";

export type TranslatedField = { prefix: string; label: string; max: number; multiline?: boolean };

export function TranslationFields({
  fields,
  values,
  errors,
}: {
  fields: TranslatedField[];
  values: Record<string, LocalizedText | undefined>;
  errors: (field: string) => string[] | undefined;
}) {
  const t = useTranslations("staff.catalogueAdmin");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {CATALOGUE_LOCALES.map((locale) => {
        const language = t(`locale.${locale}`);
        return (
          <fieldset key={locale} className="rounded-xl border border-stone-300 p-3">
            <legend className="px-1 font-semibold">
              {language}
              {locale === "en" ? ` · ${t("required")}` : ` · ${t("optional")}`}
            </legend>
            <div className="space-y-3">
              {fields.map((f) => {
                const name = `${f.prefix}_${locale}`;
                const common = {
                  name,
                  label: t("inLanguage", { field: f.label, language }),
                  errors: errors(name),
                  defaultValue: values[f.prefix]?.[locale] ?? "",
                  maxLength: f.max,
                  required: locale === "en",
                  lang: locale,
                };
                return f.multiline ? <TextArea key={name} rows={3} {...common} /> : <TextField key={name} {...common} />;
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
