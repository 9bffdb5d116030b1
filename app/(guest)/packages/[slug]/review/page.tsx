// Reviewing a whole package before booking it: each item with what it needs (a start time, the event, the days), who
// takes part, its own price and why it cannot be booked for this stay; the bundle saving as one line; then one confirm
// that books every item or none. The back link and the heading are the layout's (./layout.tsx), shown before this
// page's queries are done.
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { clientMessages } from "@/app/_server/client-messages";
import { currentGuestStay, requireGuest } from "@/app/_server/session";
import { reviewPackage } from "@/server/booking/package-plan";
import { formatDay } from "@/components/format";
import { localized } from "@/components/localized";
import { dayOf } from "@/lib/time";
import { PackageReviewForm, type ReviewItemView } from "./review-form";

export async function generateMetadata() {
  return { title: (await getTranslations("package.review"))("title") };
}

export default async function PackageReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const guest = await requireGuest();
  const { slug } = await params;
  // The stay and the review at once, not one after the other.
  const [stay, review, t, locale, format, messages] = await Promise.all([
    currentGuestStay(),
    reviewPackage(guest, slug).catch(() => null),
    getTranslations("package.review"),
    getLocale(),
    getFormatter(),
    clientMessages("guestPackageReview"),
  ]);
  if (!stay || !review) notFound();
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short", timeZone: stay.timeZone });
  const items: ReviewItemView[] = review.items.map((i) => ({
    slug: i.slug,
    name: localized(i.name, locale),
    mode: i.mode,
    counted: i.counted,
    participants: i.participants,
    problem: i.problem,
    minAge: i.minAge,
    ownTotalMinor: i.quote?.totalMinor ?? null,
    priced: i.priced,
    familyDiscountBp: i.familyDiscountBp,
    // Times grouped by day, each with what is left.
    sessionDays: Object.entries(
      i.sessions.reduce<Record<string, { id: string; label: string }[]>>((byDay, s) => {
        const day = dayOf(s.startsAt, stay.timeZone);
        (byDay[day] ??= []).push({ id: s.id, label: `${time(s.startsAt)} · ${t("placesLeft", { n: s.remaining })}` });
        return byDay;
      }, {}),
    ).map(([day, sessions]) => ({ day, label: formatDay(format, day, "weekday"), sessions })),
    // Each day with the units left, as the service page shows a rental's days.
    days: i.days.map((d) => ({ day: d, label: formatDay(format, d, "weekday"), remaining: i.stockLeft[d] ?? 0 })),
  }));
  return (
    <NextIntlClientProvider messages={messages}>
      <PackageReviewForm
        packageSlug={slug}
        items={items}
        bundlePriceMinor={review.bundlePriceMinor}
        currency={stay.currency}
        initialKey={randomUUID()}
      />
    </NextIntlClientProvider>
  );
}
