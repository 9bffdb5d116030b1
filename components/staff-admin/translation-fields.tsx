"use client";
// Texts in several languages, one group per language: by default every catalogue language, English required.
import { useTranslations } from "next-intl";
import { CATALOGUE_LOCALES, type CatalogueLocale } from "@/lib/catalogue-text";
import { TextArea, TextField } from "./form-kit";

export type TranslatedField = { prefix: string; label: string; max: number; multiline?: boolean };

export function TranslationFields({
  fields,
  values,
  errors,
  locales = CATALOGUE_LOCALES,
  requiredLocale = "en",
}: {
  fields: TranslatedField[];
  /** Per field prefix: locale → text. */
  values: Record<string, Record<string, string> | undefined>;
  errors: (field: string) => string[] | undefined;
  /** The languages to show, in this order. */
  locales?: readonly CatalogueLocale[];
  /** The one language that must be filled in; null: none must. */
  requiredLocale?: CatalogueLocale | null;
}) {
  const t = useTranslations("staff.catalogueAdmin");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {locales.map((locale) => {
        const language = t(`locale.${locale}`);
        return (
          <fieldset key={locale} className="rounded-xl border border-stone-300 p-3">
            <legend className="px-1 font-semibold">
              {language}
              {locale === requiredLocale ? ` · ${t("required")}` : ` · ${t("optional")}`}
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
                  required: locale === requiredLocale,
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
