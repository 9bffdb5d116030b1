// Catalogue management (manager): packages with their items, every service by department, price rules.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/format";
import { localized } from "@/components/localized";
import { requireManagerPage } from "@/app/_server/manager-page";
import { listCatalogue } from "@/server/catalogue/manage-services";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.catalogueAdmin"))("title") };
}

type Catalogue = Awaited<ReturnType<typeof listCatalogue>>;
type ServiceRow = Catalogue["packages"][number]["items"][number];

export default async function CataloguePage() {
  const staff = await requireManagerPage();
  const [catalogue, locale, t] = await Promise.all([listCatalogue(staff), getLocale(), getTranslations("staff.catalogueAdmin")]);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
        <p className="mt-2">
          <Link href="/staff/catalogue/price-rules" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("priceRules.link")}
          </Link>
        </p>
      </header>

      <section aria-labelledby="packages-title" className="space-y-4">
        <h2 id="packages-title" className="text-xl font-semibold">
          {t("packagesTitle")}
        </h2>
        {catalogue.packages.map((p) => (
          <article key={p.id} aria-labelledby={`package-${p.id}`} className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`package-${p.id}`} className="text-lg font-semibold">
                {localized(p.name, locale)} {!p.active && <InactiveMark />}
              </h3>
              <p className="text-stone-700">
                {p.bundlePriceMinor === null ? t("noBundle") : <>{t("bundle")} <Price minor={p.bundlePriceMinor} currency={catalogue.currency} /></>}
              </p>
            </div>
            <ServiceList services={p.items} currency={catalogue.currency} locale={locale} />
            <p className="mt-3 flex flex-wrap gap-x-4">
              <Link href={`/staff/catalogue/packages/${p.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                {t("editPackage", { name: localized(p.name, locale) })}
              </Link>
              <Link href={`/staff/catalogue/services/new?package=${p.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                {t("addService", { name: localized(p.name, locale) })}
              </Link>
            </p>
          </article>
        ))}
      </section>

      <section aria-labelledby="departments-title" className="space-y-4">
        <h2 id="departments-title" className="text-xl font-semibold">
          {t("byDepartment")}
        </h2>
        {catalogue.departments
          .filter((d) => d.services.length > 0)
          .map((d) => (
            <article key={d.id} aria-labelledby={`dept-${d.id}`} className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
              <h3 id={`dept-${d.id}`} className="text-lg font-semibold">
                {d.name}
              </h3>
              <ServiceList services={d.services} currency={catalogue.currency} locale={locale} />
            </article>
          ))}
      </section>
    </div>
  );
}

function InactiveMark() {
  const t = useTranslations("staff.catalogueAdmin");
  return <span className="ml-1 rounded-full bg-stone-200 px-2 py-0.5 text-sm font-semibold text-stone-800">{t("inactive")}</span>;
}

function ServiceList({ services, currency, locale }: { services: ServiceRow[]; currency: string; locale: string }) {
  const t = useTranslations("staff.catalogueAdmin");
  if (services.length === 0) return <p className="mt-2 text-stone-700">{t("noItems")}</p>;
  return (
    <ul className="mt-2 divide-y divide-stone-200">
      {services.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            <Link href={`/staff/catalogue/services/${s.id}`} className="font-semibold text-brand-700 underline">
              {localized(s.name, locale)}
            </Link>
            {!s.active && <InactiveMark />}
            <span className="ml-2 text-sm text-stone-700">{t(`mode.${s.mode}`)}</span>
          </span>
          <span className="tabular-nums">
            {s.complimentary ? t("complimentary") : <><Price minor={s.priceMinor} currency={currency} /> {t(`unit.${s.priceUnit}`)}</>}
          </span>
        </li>
      ))}
    </ul>
  );
}
