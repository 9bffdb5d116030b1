// Price rules (manager): children's age bands and family discounts, each editable, and a new one.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/localized";
import { requireManagerPage } from "@/app/_server/manager-page";
import { PriceRuleForm, type PriceRuleFormValues } from "@/components/staff-admin/price-rule-form";
import { listPriceRules, type PriceRuleRow } from "@/server/catalogue/manage-price-rules";
import { formatBpPercent } from "@/lib/money";
import { addPriceRule, savePriceRule } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.catalogueAdmin.priceRules"))("title") };
}

const text = (n: number | null) => (n === null ? "" : String(n));

function valuesOf(rule: PriceRuleRow): PriceRuleFormValues {
  return {
    kind: rule.kind,
    label: rule.label,
    minAge: text(rule.minAge),
    maxAge: text(rule.maxAge),
    minChildren: text(rule.minChildren),
    packageId: rule.packageId ?? "",
    discount: formatBpPercent(rule.discountBp),
    active: rule.active,
  };
}

export default async function PriceRulesPage() {
  const staff = await requireManagerPage();
  const [{ rules, packages }, t, locale] = await Promise.all([listPriceRules(staff), getTranslations("staff.catalogueAdmin"), getLocale()]);
  const packageOptions = packages.map((p) => ({ id: p.id, name: localized(p.name, locale) }));
  return (
    <div className="space-y-6">
      <Link href="/staff/catalogue" className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {t("back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{t("priceRules.title")}</h1>
        <p className="mt-1 text-stone-700">{t("priceRules.intro")}</p>
      </header>
      {rules.length === 0 && <p className="rounded-2xl bg-white p-4 text-stone-700 shadow-sm">{t("priceRules.none")}</p>}
      {rules.map((rule) => (
        <section key={rule.id} aria-labelledby={`rule-${rule.id}`} className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
          <h2 id={`rule-${rule.id}`} className="mb-3 text-lg font-semibold">
            {localized(rule.label, locale)} · {t(`priceRules.kindOption.${rule.kind}`)}
            {!rule.active && <span className="ml-2 rounded-full bg-stone-200 px-2 py-0.5 text-sm">{t("inactive")}</span>}
          </h2>
          <PriceRuleForm action={savePriceRule} ruleId={rule.id} values={valuesOf(rule)} packages={packageOptions} />
        </section>
      ))}
      <section aria-labelledby="new-rule" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="new-rule" className="mb-3 text-lg font-semibold">
          {t("priceRules.new")}
        </h2>
        <PriceRuleForm
          action={addPriceRule}
          packages={packageOptions}
          values={{ kind: "age_band", label: { en: "" }, minAge: "", maxAge: "", minChildren: "", packageId: "", discount: "", active: true }}
        />
      </section>
    </div>
  );
}
