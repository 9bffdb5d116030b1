// A service: description, picture, price and unit, real availability for the chosen day (or stock per day), and booking.
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { clientMessages } from "@/app/_server/client-messages";
import { currentGuestStay, requireGuest } from "@/app/_server/session";
import { rentalStockLeft } from "@/server/booking/availability";
import { ensureAndListSessions } from "@/server/catalogue/sessions";
import { whyUnbookable } from "@/lib/availability";
import { familyDiscountFor, loadPriceRules } from "@/server/catalogue/price-rules";
import { Day, formatDay } from "@/components/format";
import { BackLink } from "@/components/back-link";
import { localized } from "@/components/localized";
import { PriceTag } from "@/components/price-tag";
import { countedBy, countsChildrenOnly, countsParticipants } from "@/lib/counted";
import { addDays, dayOf, hotelToday, isDay, isDayInStay } from "@/lib/time";
import { BookingForm, type DayOption, type PartyOption, type SessionOption } from "./booking-form";
import { findService } from "./find-service";

/** The days a guest can pick: from today (or check-in) to check-out. */
function stayDays(checkIn: string, checkOut: string, today: string): string[] {
  const days: string[] = [];
  for (let d = checkIn > today ? checkIn : today; d <= checkOut; d = addDays(d, 1)) days.push(d);
  return days;
}

export default async function ServicePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ day?: string }>;
}) {
  const guest = await requireGuest();
  const [{ slug }, { day: dayParam }] = await Promise.all([params, searchParams]);
  const [service, stay, t, locale, format, rules] = await Promise.all([
    findService(guest.propertyId, slug),
    currentGuestStay(),
    getTranslations(),
    getLocale(),
    getFormatter(),
    loadPriceRules(guest.propertyId),
  ]);
  if (!service || !service.active || !stay) notFound();

  const today = hotelToday(stay.timeZone);
  const days = stayDays(stay.checkIn, stay.checkOut, today);
  const chosen = typeof dayParam === "string" && isDay(dayParam) && isDayInStay(dayParam, stay) && days.includes(dayParam) ? dayParam : null;
  const timed = service.mode === "timed" || service.mode === "ticket";
  // Without a chosen day, open on the first day with a time that can still be booked (today's may all have passed);
  // the first day when no day has one. The stay's days are made and read at once (four queries, not seven a day).
  let day = chosen ?? days[0];
  type Session = Awaited<ReturnType<typeof ensureAndListSessions>>[number] & { remaining: number; reason: ReturnType<typeof whyUnbookable> };
  let availability: Session[] | null = null;
  if (timed && day) {
    const now = new Date();
    const rules = { leadTimeMinutes: service.leadTimeMinutes, timeZone: stay.timeZone, stay, active: service.active };
    const byDay = new Map<string, Session[]>(days.map((d) => [d, []]));
    for (const s of await ensureAndListSessions([service], chosen ? [chosen] : days, stay.timeZone)) {
      byDay.get(dayOf(s.startsAt, stay.timeZone))?.push({ ...s, remaining: Math.max(0, s.capacity - s.booked), reason: whyUnbookable(s, 1, rules, now) });
    }
    if (!chosen) day = days.find((d) => byDay.get(d)!.some((s) => s.reason === null)) ?? days[0];
    availability = byDay.get(day) ?? [];
  }
  const [stockLeft, familyDiscountBp] = await Promise.all([
    service.mode === "rental" ? rentalStockLeft(service.id, service.capacity ?? 0, days) : null,
    familyDiscountFor(rules, service.id, stay.childrenAges.length),
  ]);
  const sessions: SessionOption[] = (availability ?? []).map((s) => ({
    id: s.id,
    label: format.dateTime(s.startsAt, { timeStyle: "short", timeZone: stay.timeZone }),
    remaining: s.remaining,
    reason: s.reason,
  }));
  const dayOptions: DayOption[] = days.map((d) => ({ day: d, label: formatDay(format, d, "weekday"), remaining: stockLeft?.get(d) ?? null }));
  // Whom the service counts decides who is offered and who comes by default (docs/product.md §3).
  const counted = countedBy(service);
  const childrenOnly = countsChildrenOnly(counted);
  const party: PartyOption | null = countsParticipants(counted)
    ? { adults: stay.adults, children: stay.childrenAges.map((age) => ({ age, eligible: !service.minAge || age >= service.minAge })) }
    : null;
  // A session takes no more than its places: the picker never offers a party one session cannot take.
  const perSession = timed && service.capacity !== null && service.capacity < service.maxPerBooking ? service.capacity : null;
  const maxQuantity = Math.min(service.maxPerBooking, perSession ?? Infinity);
  const name = localized(service.name, locale);

  const chip = "rounded-full bg-stone-100 px-3 py-1 text-stone-800";

  return (
    <article className="space-y-6">
      <BackLink href="/stay">{t("service.back")}</BackLink>
      <header className="rounded-3xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <div className="flex items-center gap-4">
          {service.image && <img src={service.image} alt="" width={112} height={112} className="size-24 shrink-0 rounded-2xl bg-brand-50 sm:size-28" />}
          <div className="min-w-0">
            <h1 className="text-2xl font-bold leading-tight">{name}</h1>
            <p className="mt-1 text-lg font-semibold text-brand-800" data-testid="price">
              <PriceTag service={service} ageBands={rules.ageBands} currency={stay.currency} />
            </p>
          </div>
        </div>
        <p className="mt-4 leading-relaxed text-stone-800">{localized(service.description, locale)}</p>
        <ul className="mt-4 flex flex-wrap gap-2 text-sm">
          {service.durationMinutes && timed && <li className={chip}>{t("service.duration", { minutes: service.durationMinutes })}</li>}
          {service.minAge && <li className={chip}>{t("service.minAge", { age: service.minAge })}</li>}
          {service.leadTimeMinutes >= 60 && <li className={chip}>{t("service.leadTime", { hours: Math.round(service.leadTimeMinutes / 60) })}</li>}
          <li className={chip}>{t("service.department", { name: localized({ en: service.departmentName, ...service.departmentNameTranslations }, locale) })}</li>
        </ul>
      </header>

      <section aria-labelledby="book-title" className="rounded-3xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="book-title" className="text-lg font-semibold">
          {timed ? t("service.availability") : t("service.request")}
        </h2>
        {timed && (
          <nav aria-label={t("service.day")} className="-mx-1 mt-3 flex gap-2 overflow-x-auto pb-2">
            {days.map((d) => (
              <Link
                key={d}
                href={`/services/${service.slug}?day=${d}`}
                aria-current={d === day ? "date" : undefined}
                scroll={false}
                className={`inline-flex min-h-11 shrink-0 items-center rounded-xl border px-3 py-2 text-sm ${
                  d === day ? "border-brand-600 bg-brand-600 font-semibold text-white" : "border-stone-300 bg-white hover:border-brand-600"
                }`}
              >
                <Day day={d} style="weekday" />
              </Link>
            ))}
          </nav>
        )}
        <p className="mt-2 text-sm text-stone-700">
          {service.confirmation === "instant" ? t("service.instant") : t("service.approval", { minutes: service.responseTargetMinutes })}
        </p>
        <div className="mt-4">
          <NextIntlClientProvider messages={await clientMessages("guestService")}>
            <BookingForm
              key={day}
              serviceSlug={service.slug}
              mode={service.mode}
              sessions={sessions}
              days={dayOptions}
              party={party}
              childrenOnly={childrenOnly}
              priced={{
                priceMinor: service.priceMinor,
                priceUnit: service.priceUnit,
                taxRateBp: service.taxRateBp,
                complimentary: service.complimentary,
                durationMinutes: service.durationMinutes,
              }}
              ageBands={rules.ageBands}
              familyDiscountBp={familyDiscountBp}
              currency={stay.currency}
              maxQuantity={maxQuantity}
              perSession={perSession}
              instant={service.confirmation === "instant"}
              initialKey={randomUUID()}
            />
          </NextIntlClientProvider>
        </div>
      </section>
    </article>
  );
}
