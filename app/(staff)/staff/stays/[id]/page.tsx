// One stay at the desk: its details, room card, folio (charges, pending requests, credits) and apology credits.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Day } from "@/components/format";
import { localized } from "@/components/localized";
import { CreditPanel } from "@/app/(staff)/staff/stays/_components/credit-panel";
import { FolioTable } from "@/app/(staff)/staff/stays/_components/folio-table";
import { getCreditPolicy, listCreditableBookings, listCreditProposals } from "@/server/billing/credits";
import { getFolio } from "@/server/billing/folio";
import { getStay } from "@/server/stays/manage-stays";
import { requireDeskStaff } from "../_lib/desk";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return { title: `${(await getTranslations("staff.stays"))("title")} · ${id.slice(0, 8)}` };
}

const link = "inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:bg-stone-50";

export default async function StayPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const staff = await requireDeskStaff();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const stay = await getStay(staff.propertyId, id);
  if (!stay) notFound();
  const [folio, proposals, bookings, policy, { saved }, locale, t] = await Promise.all([
    getFolio(staff.propertyId, stay.id),
    listCreditProposals(staff.propertyId, stay.id),
    listCreditableBookings(staff.propertyId, stay.id),
    getCreditPolicy(staff.propertyId),
    searchParams,
    getLocale(),
    getTranslations("staff.stays"),
  ]);
  const tFolio = await getTranslations("staff.folio");
  const tAll = await getTranslations();
  const party = t("party", { adults: stay.adults, children: stay.childrenAges.length, ages: stay.childrenAges.join(", ") });
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1">
      <dt className="font-medium text-stone-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <>
      <Link href="/staff/stays" className="font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {stay.guestName}
        {stay.vip && <span className="ml-2 rounded-full bg-amber-300 px-2 py-0.5 align-middle text-sm font-bold text-amber-950">{t("vip")}</span>}
      </h1>
      <div role="status" aria-live="polite" className="empty:hidden">
        {(saved === "created" || saved === "updated") && (
          <p className="mt-3 rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900">{saved === "created" ? t("created") : t("saved")}</p>
        )}
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="details-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
          <h2 id="details-title" className="text-lg font-semibold">
            {t("details")}
          </h2>
          <dl className="mt-2">
            {row(t("reservationCode"), <span className="font-mono font-semibold">{stay.reservationCode}</span>)}
            {row(t("room"), stay.room ?? t("none"))}
            {row(t("stay"), <><Day day={stay.checkIn} /> – <Day day={stay.checkOut} /></>)}
            {row(t("partyLabel"), party)}
            {row(t("email"), stay.email ?? t("none"))}
            {row(t("locale"), stay.locale ?? t("none"))}
            {row(t("notes"), stay.notes ?? t("none"))}
          </dl>
          <div className="mt-3 flex flex-wrap gap-2">
            <Link href={`/staff/stays/${stay.id}/edit`} className={link}>
              {t("edit")}
            </Link>
            <Link href={`/staff/stays/cards?ids=${stay.id}`} className={link}>
              {t("card")}
            </Link>
          </div>
        </section>

        <CreditPanel
          stayId={stay.id}
          currency={policy.currency}
          limitMinor={policy.limitMinor}
          isManager={staff.role === "manager"}
          proposals={proposals.map((p) => ({
            bookingId: p.bookingId,
            service: localized(p.serviceName, locale),
            kind: p.kind,
            minutes: p.minutes,
            target: p.target,
            proposedMinor: p.proposedMinor,
          }))}
          bookings={bookings.map((b) => ({ id: b.id, label: `${localized(b.serviceName, locale)} · ${tAll(`status.${b.status}`)}` }))}
        />
      </div>

      {folio && (
        <section aria-labelledby="folio-title" className="mt-4 rounded-2xl bg-white p-4 shadow-sm sm:p-5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="folio-title" className="text-lg font-semibold">
              {tFolio("title")}
            </h2>
            <a href={`/api/staff/folio?stay=${stay.id}`} download className="font-semibold text-brand-700 underline">
              {tFolio("exportStay")}
            </a>
          </div>
          <FolioTable folio={folio} />
        </section>
      )}
    </>
  );
}
