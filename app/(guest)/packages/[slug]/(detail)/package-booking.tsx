// Booking a whole package starts with its review (./review): each item's time, days and people are chosen there and
// every item is booked, or none; never in one blind tap from here.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function PackageBooking({ packageSlug, priceText }: { packageSlug: string; priceText: string }) {
  const t = useTranslations();
  return (
    <div className="space-y-3 rounded-3xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <p className="text-stone-700">{t("service.packageIncludes")}</p>
      <Link
        href={`/packages/${packageSlug}/review`}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-brand-600 px-4 py-2 text-center font-semibold text-white hover:bg-brand-700"
      >
        {t("service.bookPackageFor", { price: priceText })}
      </Link>
    </div>
  );
}
