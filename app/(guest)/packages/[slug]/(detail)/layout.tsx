// One package's header: the back link, its picture (the page's largest element, fetched first), name, description and
// offer. A layout so that it comes in the response's first part, before the items (./page.tsx, behind ./loading.tsx):
// on a phone the picture and text are painted at once instead of after a skeleton (issue 13, Lighthouse).
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireGuest } from "@/app/_server/session";
import { formatMoney } from "@/components/format";
import { BackLink } from "@/components/back-link";
import { localized } from "@/components/localized";
import { findPackage, findProperty } from "../find-package";

export default async function PackageHeaderLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const guest = await requireGuest();
  const { slug } = await params;
  const [pkg, property, t, locale, format] = await Promise.all([
    findPackage(guest.propertyId, slug),
    findProperty(guest.propertyId),
    getTranslations("package"),
    getLocale(),
    getFormatter(),
  ]);
  if (!pkg || !property) notFound();
  return (
    <div className="space-y-6">
      <BackLink href="/stay">{t("back")}</BackLink>
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
      {children}
    </div>
  );
}
