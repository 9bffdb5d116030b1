// My requests: every booking of this stay with its status, time, price lines and total; cancel within the cutoff; the waiting list.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireGuest } from "@/app/_server/session";
import { listBookingsForStay } from "@/server/booking/guest-bookings";
import { listUnratedBookingIds } from "@/server/feedback/ratings";
import { listWaitlistForStay } from "@/server/booking/waitlist";
import { formatDay, formatWhen, Price, When } from "@/components/format";
import { localized } from "@/components/localized";
import { PriceLines } from "@/components/price-lines";
import { StatusBadge } from "@/components/status-badge";
import { HOLDING_STATUSES } from "@/lib/booking-status";
import { answerExpected } from "@/lib/sla";
import { localInstant } from "@/lib/time";
import { CancelBookingButton, OfferButtons } from "./request-buttons";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("title") };
}

export default async function RequestsPage() {
  const guest = await requireGuest();
  const [rows, waitlist, t, locale, format, unrated, tNotify] = await Promise.all([
    listBookingsForStay(guest),
    listWaitlistForStay(guest),
    getTranslations("requests"),
    getLocale(),
    getFormatter(),
    listUnratedBookingIds(guest),
    getTranslations("conversation"),
  ]);
  const now = Date.now();
  const openWaitlist = waitlist.filter((w) => w.status === "waiting" || w.status === "offered");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/folio" className="text-brand-700 underline">
          {t("folio")}
        </Link>
      </div>

      {openWaitlist.length > 0 && (
        <section aria-labelledby="waitlist-title" className="space-y-3">
          <h2 id="waitlist-title" className="text-lg font-semibold">
            {t("waitlistTitle")}
          </h2>
          <ul className="space-y-3">
            {openWaitlist.map((w) => (
              <li key={w.id} data-testid="waitlist" className="rounded-2xl border-2 border-amber-300 bg-white p-4 shadow-sm">
                <h3 className="font-semibold">{localized(w.serviceName, locale)}</h3>
                <p className="text-stone-700">
                  {w.startsAt ? <When value={w.startsAt} timeZone={guest.timeZone} /> : w.startDay && t("days", { from: formatDay(format, w.startDay), to: formatDay(format, w.endDay ?? w.startDay) })}
                  {" · "}
                  {t("quantity", { n: w.quantity })}
                </p>
                <p className="mt-1 font-medium">
                  {w.status === "offered" && w.offeredUntil
                    ? t("offered", { when: formatWhen(format, w.offeredUntil, guest.timeZone, "time") })
                    : t("waiting")}
                </p>
                <div className="mt-2">
                  <OfferButtons entryId={w.id} offered={w.status === "offered"} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      {rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-5 shadow-sm">
          {t("empty")}{" "}
          <Link href="/stay" className="text-brand-700 underline">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {rows.map((b) => {
            const start = b.scheduledAt ?? (b.startDay ? localInstant(b.startDay, "00:00", guest.timeZone) : null);
            const cutoffAt = start ? new Date(start.getTime() - b.cancelCutoffMinutes * 60_000) : null;
            const cancellable = (b.status === "requested" || b.status === "confirmed") && (!cutoffAt || cutoffAt.getTime() > now);
            const answer = answerExpected(b, now);
            return (
              <li key={b.id} data-testid="request" className="rounded-2xl bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    <Link href={`/services/${b.serviceSlug}`} className="hover:underline">
                      {localized(b.serviceName, locale)}
                    </Link>
                  </h2>
                  <span aria-live="polite">
                    <StatusBadge status={b.status} />
                  </span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-stone-800">
                  <dt className="text-stone-600">{t("when")}</dt>
                  <dd>
                    {b.startDay
                      ? t("days", { from: formatDay(format, b.startDay), to: formatDay(format, b.endDay ?? b.startDay) })
                      : b.scheduledAt
                        ? formatWhen(format, b.scheduledAt, guest.timeZone)
                        : t("asap")}
                  </dd>
                </dl>
                {b.scheduledAt && !b.startDay && HOLDING_STATUSES.includes(b.status) && (
                  <p className="mt-1">
                    <a href={`/api/calendar/bookings/${b.id}.ics`} download className="text-brand-700 underline" data-testid="add-to-calendar">
                      {t("addToCalendar")}
                    </a>
                  </p>
                )}
                {answer && (
                  <p className="mt-1 text-stone-800" data-testid="answer-expected">
                    {t(answer.late ? "answerLate" : "answerBy", { when: formatWhen(format, answer.by, guest.timeZone) })}
                  </p>
                )}
                {b.bundleId && <p className="mt-1 text-sm text-stone-600">{t("package")}</p>}
                {b.status === "declined" && b.declineReason && <p className="mt-2 text-red-900">{t("declined", { reason: b.declineReason })}</p>}
                <p className="mt-2 font-semibold" data-testid="request-total">
                  {t("total")}: <Price minor={b.totalMinor} currency={b.currency} />{" "}
                  <span className="font-normal text-stone-600">· {t("quantity", { n: b.quantity })}</span>
                </p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-brand-700">{t("details")}</summary>
                  <div className="mt-2 rounded-xl bg-stone-50 p-3">
                    <PriceLines lines={b.priceLines} totalMinor={b.totalMinor} taxMinor={b.taxMinor} currency={b.currency} />
                  </div>
                </details>
                {unrated.has(b.id) && (
                  <p className="mt-2">
                    <Link href={`/requests/${b.id}`} className="font-semibold text-brand-700 underline" data-testid="rate-prompt">
                      {tNotify("rating.prompt")}
                    </Link>
                  </p>
                )}
                <p className="mt-2">
                  <Link href={`/requests/${b.id}`} className="text-brand-700 underline">
                    {tNotify("thread.open")}
                  </Link>
                </p>
                <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600">
                  <span>{t("booked", { when: formatWhen(format, b.createdAt, guest.timeZone) })}</span>
                  {cancellable && cutoffAt && <span>{t("cancelUntil", { when: formatWhen(format, cutoffAt, guest.timeZone) })}</span>}
                </div>
                {!cancellable && (b.status === "requested" || b.status === "confirmed") && <p className="mt-2 text-sm text-stone-700">{t("noCancel")}</p>}
                {/* Always there, so the cancellation is announced where it was made (it stays mounted across the refresh). */}
                <div className={cancellable ? "mt-3" : "mt-1"}>
                  <CancelBookingButton bookingId={b.id} cancellable={cancellable} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
