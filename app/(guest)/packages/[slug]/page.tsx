// One package: what it includes, each item linking to its service page.
// The header picture is the page's largest element (fetched first); the items' pictures load lazily, not preloaded from
// the head ahead of the page's scripts (issue 13, Lighthouse).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireGuest } from "@/app/_server/session";
import { getProperty } from "@/server/catalogue/guest-catalogue";
import { loadPriceRules } from "@/server/catalogue/price-rules";
import { formatMoney } from "@/components/format";
import { localized } from "@/components/localized";
import { findPackage } from "./find-package";
import { PackageBooking } from "./package-booking";
import { PriceTag } from "@/components/price-tag";

export default async function PackagePage({ params }: { params: Promise<{ slug: string }> }) {
  const guest = await requireGuest();
  const { slug } = await params;
  const [pkg, property, t, locale, format, rules] = await Promise.all([
    findPackage(guest.propertyId, slug),
    getProperty(guest.propertyId),
    getTranslations("package"),
    getLocale(),
    getFormatter(),
    loadPriceRules(guest.propertyId),
  ]);
  if (!pkg || !property) notFound();
  return (
    <div className="space-y-6">
      <Link href="/stay" className="inline-flex min-h-11 items-center gap-1 font-medium text-brand-700 underline-offset-4 hover:underline">
        <span aria-hidden>←</span> {t("back")}
      </Link>
      <header className="overflow-hidden rounded-3xl bg-white shadow-sm ring-1 ring-stone-200">
        <img src={`/packages/${pkg.slug}.svg`} alt="" width={320} height={160} fetchPriority="high" className="h-40 w-full bg-brand-50 object-cover" />
        <div className="p-5">
          <h1 className="text-2xl font-bold leading-tight">{localized(pkg.name, locale)}</h1>
          <p className="mt-2 leading-relaxed text-stone-700">{localized(pkg.description, locale)}</p>
          {pkg.bundlePriceMinor !== null && (
            <p className="mt-3 font-semibold text-brand-800" data-testid="package-offer">
              {t("offer", { price: formatMoney(format, pkg.bundlePriceMinor, property.currency) })}
            </p>
          )}
        </div>
      </header>
      <section aria-labelledby="items-title">
        <h2 id="items-title" className="text-xl font-bold">
          {t("items")}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {pkg.items.map((s) => (
            <li key={s.id}>
              <Link
                href={`/services/${s.slug}`}
                className="group flex h-full items-center gap-4 rounded-2xl bg-white p-3 pr-4 shadow-sm ring-1 ring-stone-200 transition hover:shadow-md hover:ring-brand-600"
              >
                {s.image && <img src={s.image} alt="" width={64} height={64} loading="lazy" className="size-16 shrink-0 rounded-xl bg-brand-50" />}
                <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <span className="font-semibold leading-snug group-hover:underline">{localized(s.name, locale)}</span>
                  <span className="text-sm text-stone-700">
                    <PriceTag service={s} ageBands={rules.ageBands} currency={property.currency} />
                  </span>
                </span>
                <span aria-hidden className="text-xl text-brand-700">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {pkg.bundlePriceMinor !== null && (
        <PackageBooking packageSlug={pkg.slug} priceText={formatMoney(format, pkg.bundlePriceMinor, property.currency)} />
      )}
    </div>
  );
}
