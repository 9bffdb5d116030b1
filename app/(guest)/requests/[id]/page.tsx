// One booking for its guest: status timeline, the message thread with staff, and the rating once it was provided.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireGuest } from "@/app/_server/session";
import { formatDay, formatWhen } from "@/components/format";
import { localized } from "@/components/localized";
import { StatusBadge } from "@/components/status-badge";
import { getBookingForGuest } from "@/server/booking/guest-bookings";
import { HOLDING_STATUSES } from "@/lib/booking-status";
import { GuestMessageForm, RatingForm } from "./thread-forms";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const guest = await requireGuest();
  // A malformed id, a missing booking and another stay's booking all look the same.
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) notFound();
  const booking = await getBookingForGuest(guest, parsed.data);
  if (!booking) notFound();
  return { guest, booking };
}

export async function generateMetadata({ params }: Params) {
  const { id } = await params;
  const { booking } = await load(id);
  return { title: localized(booking.serviceName, await getLocale()) };
}

export default async function GuestRequestPage({ params }: Params) {
  const { id } = await params;
  const { guest, booking } = await load(id);
  const [t, tr, tReq, locale, format] = await Promise.all([
    getTranslations("conversation.thread"),
    getTranslations("conversation.rating"),
    getTranslations("requests"),
    getLocale(),
    getFormatter(),
  ]);
  const service = localized(booking.serviceName, locale);
  return (
    <div className="space-y-6">
      <Link href="/requests" className="inline-flex min-h-11 items-center text-brand-700 underline">
        <span aria-hidden>←&nbsp;</span>
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="text-2xl font-bold">{service}</h1>
        <span aria-live="polite">
          <StatusBadge status={booking.status} />
        </span>
      </div>
      <p className="text-stone-800">
        {booking.startDay
          ? tReq("days", { from: formatDay(format, booking.startDay), to: formatDay(format, booking.endDay ?? booking.startDay) })
          : booking.scheduledAt
            ? formatWhen(format, booking.scheduledAt, guest.timeZone)
            : tReq("asap")}
      </p>
      {booking.scheduledAt && !booking.startDay && HOLDING_STATUSES.includes(booking.status) && (
        <p>
          <a href={`/api/calendar/bookings/${booking.id}.ics`} download className="text-brand-700 underline" data-testid="add-to-calendar">
            {tReq("addToCalendar")}
          </a>
        </p>
      )}
      {booking.status === "declined" && booking.declineReason && <p className="text-red-900">{tReq("declined", { reason: booking.declineReason })}</p>}

      {booking.status === "fulfilled" && (
        <section aria-labelledby="rating-title" className="rounded-2xl bg-white p-4 shadow-sm" data-testid="rating">
          <h2 id="rating-title" className="text-lg font-semibold">
            {tr("title")}
          </h2>
          <div className="mt-2">
            <RatingForm bookingId={booking.id} rated={booking.rating && { score: booking.rating.score, comment: booking.rating.comment }} />
          </div>
        </section>
      )}

      <section aria-labelledby="timeline-title" className="rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="timeline-title" className="text-lg font-semibold">
          {t("timeline")}
        </h2>
        <ol className="mt-2 space-y-2 border-l-2 border-stone-200 pl-4" data-testid="timeline">
          <li>
            <time dateTime={booking.createdAt.toISOString()} className="block text-sm text-stone-600">
              {formatWhen(format, booking.createdAt, guest.timeZone)}
            </time>
            {t("booked")}
          </li>
          {booking.timeline.map((e) => (
            <li key={e.id} data-testid="timeline-entry">
              <time dateTime={e.at.toISOString()} className="block text-sm text-stone-600">
                {formatWhen(format, e.at, guest.timeZone)}
              </time>
              {e.kind === "status" && (
                <>
                  <StatusBadge status={e.toStatus} />
                  {e.byHotel && <span className="ml-2">{t("cancelledByHotel")}</span>}
                </>
              )}
              {e.kind === "rescheduled" &&
                (e.from && e.to
                  ? t("rescheduled", { from: formatWhen(format, e.from, guest.timeZone), to: formatWhen(format, e.to, guest.timeZone) })
                  : t("rescheduledNoTimes"))}
              {e.kind === "handed_over" &&
                t("handedOver", { department: e.department ? e.department.translations[locale] || e.department.name : t("hotel") })}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="messages-title" className="rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="messages-title" className="text-lg font-semibold">
          {t("messages")}
        </h2>
        {booking.messages.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("noMessages")}</p>
        ) : (
          <ol className="mt-2 space-y-3" data-testid="thread">
            {booking.messages.map((m) => (
              <li key={m.id} className={`rounded-xl p-3 ${m.authorKind === "guest" ? "ml-8 bg-brand-50" : "mr-8 bg-stone-100"}`}>
                <p className="text-sm text-stone-600">
                  {m.authorKind === "guest" ? t("fromGuest") : m.authorName ? t("fromStaff", { name: m.authorName }) : t("hotel")}
                  {" · "}
                  <time dateTime={m.at.toISOString()}>{formatWhen(format, m.at, guest.timeZone)}</time>
                </p>
                <p className="whitespace-pre-wrap">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
        <div className="mt-4">
          <GuestMessageForm bookingId={booking.id} />
        </div>
      </section>
    </div>
  );
}
