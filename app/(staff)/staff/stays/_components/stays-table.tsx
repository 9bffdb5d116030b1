// The stays list: a card per stay on a phone, a table from tablet width up; each row links to the stay.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Day } from "@/components/format";
import type { StayListItem } from "@/server/stays/manage-stays";

function useParty() {
  const t = useTranslations("staff.stays");
  return (s: Pick<StayListItem, "adults" | "childrenAges">) =>
    t("party", { adults: s.adults, children: s.childrenAges.length, ages: s.childrenAges.join(", ") });
}

function VipMark() {
  const t = useTranslations("staff.stays");
  return <span className="ml-2 rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-amber-950">{t("vip")}</span>;
}

export function StaysTable({ rows }: { rows: StayListItem[] }) {
  const t = useTranslations("staff.stays");
  const party = useParty();
  return (
    <>
      <ul className="mt-3 space-y-2 sm:hidden">
        {rows.map((s) => (
          <li key={s.id} className="rounded-2xl bg-white p-3 shadow-sm">
            <Link href={`/staff/stays/${s.id}`} className="font-semibold text-brand-700 underline">
              {s.guestName}
            </Link>
            {s.vip && <VipMark />}
            <p className="text-sm">
              <span className="font-mono">{s.reservationCode}</span> · {s.room ?? t("noRoom")}
            </p>
            <p className="text-sm text-stone-700">
              <Day day={s.checkIn} /> – <Day day={s.checkOut} /> · {party(s)}
            </p>
          </li>
        ))}
      </ul>
      <table className="mt-3 hidden w-full rounded-2xl bg-white text-left shadow-sm sm:table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-sm">
            <th scope="col" className="px-3 py-2">{t("col.guest")}</th>
            <th scope="col" className="px-3 py-2">{t("col.code")}</th>
            <th scope="col" className="px-3 py-2">{t("col.room")}</th>
            <th scope="col" className="px-3 py-2">{t("col.dates")}</th>
            <th scope="col" className="px-3 py-2">{t("col.party")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} data-testid="stay-row" className="border-b border-stone-200 last:border-b-0">
              <td className="px-3 py-2">
                <Link href={`/staff/stays/${s.id}`} className="font-semibold text-brand-700 underline">
                  {s.guestName}
                </Link>
                {s.vip && <VipMark />}
              </td>
              <td className="px-3 py-2 font-mono">{s.reservationCode}</td>
              <td className="px-3 py-2">{s.room ?? t("noRoom")}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <Day day={s.checkIn} /> – <Day day={s.checkOut} />
              </td>
              <td className="px-3 py-2">{party(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
