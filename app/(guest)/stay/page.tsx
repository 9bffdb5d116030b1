// Guest home: the stay (dates, room, party), what is picked for this party and stay, then the packages on offer.
// The lists' pictures load lazily (loading="lazy"): otherwise React preloads each one from the head, on a phone's slow
// line ahead of the page's own scripts and text (issue 13, Lighthouse).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { currentGuestStay, requireGuest } from "@/app/_server/session";
import { listPackages } from "@/server/catalogue/guest-catalogue";
import { suggestionsForStay } from "@/server/catalogue/suggestions";
import { loadPriceRules } from "@/server/catalogue/price-rules";
import { formatDay, formatMoney } from "@/components/format";
import { localized } from "@/components/localized";
import { PriceTag } from "@/components/price-tag";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("home") };
}

export default async function StayPage() {
  const guest = await requireGuest();
  const [stay, packages, t, tt, locale, format] = await Promise.all([
    currentGuestStay(),
    listPackages(guest.propertyId),
    getTranslations("home"),
    getTranslations(),
    getLocale(),
    getFormatter(),
  ]);
  if (!stay) notFound();
  const [suggestions, rules] = await Promise.all([suggestionsForStay(guest.propertyId, stay), loadPriceRules(guest.propertyId)]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="stay-title" className="overflow-hidden rounded-3xl bg-brand-800 text-white shadow-md">
        <div className="p-5 sm:p-6">
          <p className="text-sm font-medium text-brand-100">{stay.propertyName}</p>
          <h1 id="stay-title" className="mt-1 text-2xl font-bold leading-tight sm:text-3xl">
            {t("welcome", { name: stay.guestName })}
            {stay.vip && <span className="ml-2 rounded-full bg-amber-200 px-2.5 py-0.5 align-middle text-sm font-semibold text-amber-950">{t("vip")}</span>}
          </h1>
          <dl className="mt-4 flex flex-wrap gap-2 text-sm">
            <div className="rounded-full bg-white/10 px-3 py-1.5 ring-1 ring-white/20">
              <dt className="sr-only">{tt("ui.stayDates")}</dt>
              <dd>{t("stay", { from: formatDay(format, stay.checkIn), to: formatDay(format, stay.checkOut) })}</dd>
            </div>
            {stay.room && (
              <div className="rounded-full bg-white/10 px-3 py-1.5 ring-1 ring-white/20">
                <dt className="sr-only">{tt("ui.stayRoom")}</dt>
                <dd>{t("room", { room: stay.room })}</dd>
              </div>
            )}
            <div className="rounded-full bg-white/10 px-3 py-1.5 ring-1 ring-white/20">
              <dt className="sr-only">{tt("ui.stayParty")}</dt>
              <dd>{t("party", { adults: stay.adults, children: stay.childrenAges.length })}</dd>
            </div>
          </dl>
        </div>
      </section>

      {suggestions.length > 0 && (
        <section aria-labelledby="suggest-title" data-testid="suggestions">
          <h2 id="suggest-title" className="text-xl font-bold">
            {tt("suggest.title")}
          </h2>
          <p className="mt-0.5 text-sm text-stone-700">{tt("suggest.intro")}</p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {suggestions.map((s) => (
              <li key={`${s.kind}-${s.slug}`} data-testid="suggestion" data-slug={s.slug}>
                <Link
                  href={s.href}
                  className="group flex h-full items-center gap-4 rounded-2xl bg-white p-3 pr-4 shadow-sm ring-1 ring-stone-200 transition hover:shadow-md hover:ring-brand-600"
                >
                  <img src={s.image} alt="" width={72} height={72} loading="lazy" className="size-18 shrink-0 rounded-xl bg-brand-50 object-cover" />
                  <span className="flex min-w-0 flex-1 flex-col gap-1">
                    <span className="text-xs font-semibold uppercase tracking-wide text-brand-700" data-testid="suggestion-reason">
                      {tt(`suggest.reason.${s.reason}`, s.params)}
                    </span>
                    <span className="font-semibold leading-snug group-hover:underline">{localized(s.name, locale)}</span>
                    <span className="text-sm text-stone-700">
                      {s.kind === "package" ? (
                        <>
                          <span className="mr-1.5 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold text-stone-800">{tt("suggest.package")}</span>
                          {s.priceMinor !== null && tt("suggest.bundle", { price: formatMoney(format, s.priceMinor, stay.currency) })}
                        </>
                      ) : (
                        s.priced && <PriceTag service={s.priced} ageBands={rules.ageBands} currency={stay.currency} />
                      )}
                    </span>
                  </span>
                  <span aria-hidden className="text-xl text-brand-700 transition group-hover:translate-x-0.5">
                    ›
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="packages-title">
        <h2 id="packages-title" className="text-xl font-bold">
          {t("packages")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {packages.map((p) => (
            <li key={p.id} className="flex flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
              <img src={`/packages/${p.slug}.svg`} alt="" width={320} height={160} loading="lazy" className="h-36 w-full bg-brand-50 object-cover" />
              <div className="flex flex-1 flex-col p-5">
                <h3 className="text-lg font-semibold">{localized(p.name, locale)}</h3>
                <p className="mt-1 flex-1 text-stone-700">{localized(p.description, locale)}</p>
                {p.bundlePriceMinor !== null && (
                  <p className="mt-3 text-sm font-medium text-stone-800">{t("bundle", { price: formatMoney(format, p.bundlePriceMinor!, stay.currency) })}</p>
                )}
                <Link
                  href={`/packages/${p.slug}`}
                  className="mt-4 inline-flex min-h-11 items-center justify-center rounded-xl bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
                >
                  {t("explore")}
                  <span className="sr-only">: {localized(p.name, locale)}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
