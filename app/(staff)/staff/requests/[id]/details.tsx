// One request's facts for staff: guest and party, service, department, when, who has it; and its price lines.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Day, Price, When } from "@/components/format";
import type { StaffRequest } from "@/server/requests/detail";
import { toMajor } from "@/lib/money";
import { languageName } from "@/lib/i18n/locales";
import { ParticipantsText } from "@/components/staff/participants";

const card = "rounded-2xl bg-white p-4 shadow-sm sm:p-5";

function WhenText({ request, timeZone }: { request: StaffRequest; timeZone: string }) {
  const t = useTranslations("staff.request");
  if (request.scheduledAt) return <When value={request.scheduledAt} timeZone={timeZone} />;
  if (request.startDay && request.endDay) {
    return (
      <>
        <Day day={request.startDay} /> – <Day day={request.endDay} />
      </>
    );
  }
  return <>{t("asap")}</>;
}

export function Details({ request, service, timeZone }: { request: StaffRequest; service: string; timeZone: string }) {
  const t = useTranslations("staff.request");
  const tx = useTranslations("staff.requestChanges");
  const format = useFormatter();
  // The guest's language named in the staff member's.
  const locale = useLocale();
  const ages = format.list(request.childrenAges.map(String), { type: "conjunction" });
  const items: [string, React.ReactNode][] = [
    [t("guest"), request.guestName],
    [t("language"), languageName(request.guestLocale, locale) ?? <span className="text-stone-600">{t("noLanguage")}</span>],
    [t("reservation"), <code key="code" className="font-mono">{request.reservationCode}</code>],
    [t("room"), request.room ?? t("noRoom")],
    [t("service"), service],
    [t("department"), request.departmentName],
    [tx("assignedTo"), request.assigneeName ?? <span className="text-stone-600">{tx("nobodyYet")}</span>],
    [t("when"), <WhenText key="when" request={request} timeZone={timeZone} />],
    // Who was booked for this request; the quantity when it counts items (a crib, a car), not people.
    request.participants
      ? [t("takingPart"), <ParticipantsText key="participants" participants={request.participants} />]
      : [t("quantity"), request.quantity],
    [t("stayParty"), `${t("adults", { n: request.adults })}, ${t("children", { n: request.childrenAges.length, ages })}`],
    [t("requestedAt"), <When key="created" value={request.createdAt} timeZone={timeZone} />],
    [t("note"), request.note ? <span className="whitespace-pre-line">{request.note}</span> : <span className="text-stone-600">{t("noNote")}</span>],
  ];
  if (request.declineReason) items.push([t("declineReason"), <span key="decline" className="whitespace-pre-line">{request.declineReason}</span>]);
  return (
    <section aria-labelledby="details-title" className={card}>
      <h2 id="details-title" className="text-lg font-semibold">
        {t("details")}
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 sm:grid-cols-[auto_1fr] sm:gap-y-2">
        {items.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-sm font-medium text-stone-700 sm:text-base">{term}</dt>
            <dd className="mb-3 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function PriceLines({ lines, totalMinor, currency }: { lines: StaffRequest["priceLines"]; totalMinor: number; currency: string }) {
  const t = useTranslations("staff.request");
  const format = useFormatter();
  const money = (minor: number) => format.number(toMajor(minor, currency), { style: "currency", currency });
  // Lines keep a message key (lib/pricing.ts) and the numbers that fill it in; an unknown key reads as "Other charge".
  const label = (line: StaffRequest["priceLines"][number]) => {
    const key = `priceLine.${line.label}`;
    // Lines written without their numbers (the demo season's history) read in plain words.
    if (!line.params && t.has(`priceLine.plain.${line.label}`)) return t(`priceLine.plain.${line.label}`);
    const params = { ...line.params, maxAgeMinusOne: (line.params?.maxAge ?? 1) - 1 };
    return t.has(key) ? t(key, params) : t("priceLine.unknown");
  };
  return (
    <section aria-labelledby="price-title" className={card}>
      <h2 id="price-title" className="text-lg font-semibold">
        {t("price")}
      </h2>
      <table className="mt-3 w-full">
        <tbody>
          {lines.map((line, i) => (
            <tr key={i} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {label(line)}
                <div className="text-sm text-stone-600">{t("line", { quantity: line.quantity, unit: money(line.unitMinor) })}</div>
              </th>
              <td className="py-2 text-right tabular-nums">
                <Price minor={line.totalMinor} currency={currency} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="pt-2 text-left font-semibold">
              {t("total")}
            </th>
            <td className="pt-2 text-right font-semibold tabular-nums">
              <Price minor={totalMinor} currency={currency} />
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
