// One package's items, each linking to its service page, and the whole-package booking. The back link and the header
// (picture, name, description, offer) are the layout's (./layout.tsx), in the response's first part; this part
// streams in behind ./loading.tsx. The items' pictures load lazily, not preloaded from the head ahead of the page's
// scripts (issue 13, Lighthouse).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireGuest } from "@/app/_server/session";
import { loadPriceRules } from "@/server/catalogue/price-rules";
import { formatMoney } from "@/components/format";
import { localized } from "@/components/localized";
import { findPackage, findProperty } from "../find-package";
import { PackageBooking } from "./package-booking";
import { PriceTag } from "@/components/price-tag";

export default async function PackagePage({ params }: { params: Promise<{ slug: string }> }) {
  const guest = await requireGuest();
  const { slug } = await params;
  const [pkg, property, t, locale, format, rules] = await Promise.all([
    findPackage(guest.propertyId, slug),
    findProperty(guest.propertyId),
    getTranslations("package"),
    getLocale(),
    getFormatter(),
    loadPriceRules(guest.propertyId),
  ]);
  if (!pkg || !property) notFound();
  return (
    <>
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
    </>
  );
}
