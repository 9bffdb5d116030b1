// Message templates (manager): one form per situation with a text in each of the hotel's languages, the placeholders
// they may use listed once above.
import { getLocale, getTranslations } from "next-intl/server";
import { TemplateForm } from "@/components/staff-admin/template-form";
import { requireManagerPage } from "@/app/_server/manager-page";
import { languageName } from "@/lib/i18n/locales";
import { PLACEHOLDERS } from "@/lib/message-templates";
import { listMessageTemplates } from "@/server/notifications/message-templates";
import { saveTemplateAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.templates"))("title") };
}

export default async function TemplatesPage() {
  const staff = await requireManagerPage();
  const [list, t, locale] = await Promise.all([listMessageTemplates(staff), getTranslations("staff.templates"), getLocale()]);
  const languages = list.locales.map((l) => ({ locale: l, name: languageName(l, locale) ?? l, isDefault: l === list.defaultLocale }));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
        <p className="mt-3 font-medium">{t("placeholdersLabel")}</p>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1" data-testid="template-placeholders">
          {PLACEHOLDERS.map((p) => (
            <li key={p}>
              <code className="rounded bg-stone-200 px-1">{`{${p}}`}</code> {t(`placeholder.${p}`)}
            </li>
          ))}
        </ul>
      </header>
      {list.templates.map((template) => {
        const missing = languages.filter((l) => !template.bodies[l.locale]).map((l) => l.name);
        return (
          <section key={template.situation} aria-labelledby={`template-${template.situation}`} className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <h2 id={`template-${template.situation}`} className="text-lg font-semibold">
                {t(`situation.${template.situation}`)}
              </h2>
              {missing.length > 0 && (
                <p className="text-amber-900">
                  {missing.length === languages.length ? t("notWrittenYet") : t("missingLanguages", { languages: missing.join(", ") })}
                </p>
              )}
            </div>
            <TemplateForm action={saveTemplateAction} situation={template.situation} bodies={template.bodies} languages={languages} />
          </section>
        );
      })}
    </div>
  );
}
