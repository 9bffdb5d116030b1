// One department's run sheet: a row per booking, grouped under its time and service; readable on a phone and on paper.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatDay, formatWhen } from "@/components/format";
import { localized } from "@/components/localized";
import { StatusBadge } from "@/components/status-badge";
import type { RunSheetDepartment, RunSheetEntry, RunSheetSlot } from "@/server/requests/run-sheet";

function useSlotTime() {
  const t = useTranslations("staff.runSheet");
  const format = useFormatter();
  return (slot: RunSheetSlot, timeZone: string) => {
    if (slot.kind === "all_day") return t("allDay");
    if (slot.kind === "asap" || !slot.at) return t("asap");
    return formatWhen(format, slot.at, timeZone, "time");
  };
}

function Party({ entry }: { entry: RunSheetEntry }) {
  const t = useTranslations("staff.runSheet");
  // A children-only booking (babysitting, kids' club) has no adults to mention.
  const parts = entry.adults > 0 || entry.childAges.length === 0 ? [t("adults", { n: entry.adults })] : [];
  if (entry.childAges.length) parts.push(t("children", { n: entry.childAges.length, ages: entry.childAges.join(", ") }));
  return (
    <>
      {parts.join(", ")}
      {entry.agesFrom === "stay" && <span className="block text-sm text-stone-600">{t("partyFromStay")}</span>}
    </>
  );
}

export function RunSheetTable({ department, timeZone }: { department: RunSheetDepartment; timeZone: string }) {
  const t = useTranslations("staff.runSheet");
  const locale = useLocale();
  const format = useFormatter();
  const slotTime = useSlotTime();
  const headingId = `dept-${department.id}`;
  return (
    <section aria-labelledby={headingId} className="run-sheet-department mt-6 rounded-2xl bg-white p-3 shadow-sm sm:p-4">
      <h2 id={headingId} className="text-xl font-bold">
        {department.name}
      </h2>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full min-w-[40rem] text-left">
          <thead>
            <tr className="border-b-2 border-stone-400 text-sm">
              <th scope="col" className="py-2 pr-3">{t("col.time")}</th>
              <th scope="col" className="py-2 pr-3">{t("col.guests")}</th>
              <th scope="col" className="py-2 pr-3">{t("col.room")}</th>
              <th scope="col" className="py-2 pr-3">{t("col.ages")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("col.quantity")}</th>
              <th scope="col" className="py-2 pr-3">{t("col.notes")}</th>
              <th scope="col" className="py-2">{t("col.status")}</th>
            </tr>
          </thead>
          {department.slots.map((slot, i) => (
            <tbody key={i} data-testid="run-sheet-slot" className="run-sheet-slot border-b border-stone-300">
              <tr className="bg-stone-100">
                <th scope="rowgroup" colSpan={7} className="px-2 py-1.5 text-left">
                  <span className="tabular-nums">{slotTime(slot, timeZone)}</span> · {localized(slot.serviceName, locale)}
                  {slot.kind === "all_day" && slot.startDay && slot.endDay && (
                    <span className="font-normal"> ({t("rental", { from: formatDay(format, slot.startDay), to: formatDay(format, slot.endDay) })})</span>
                  )}
                  <span className="font-normal"> · {t("total", { n: slot.quantity })}</span>
                </th>
              </tr>
              {slot.entries.map((e) => (
                <tr key={e.bookingId} data-testid="run-sheet-entry" className="align-top">
                  <td className="py-1.5 pr-3" />
                  <td className="py-1.5 pr-3 font-medium">
                    {e.guestName}
                    {e.vip && <span className="ml-2 rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-amber-950">{t("vip")}</span>}
                  </td>
                  <td className="py-1.5 pr-3">{e.room ?? t("noRoom")}</td>
                  <td className="py-1.5 pr-3">
                    <Party entry={e} />
                  </td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{e.quantity}</td>
                  <td className="py-1.5 pr-3">{e.note}</td>
                  <td className="py-1.5">
                    <StatusBadge status={e.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
