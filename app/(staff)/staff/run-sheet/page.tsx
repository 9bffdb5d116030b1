// The run sheet: a day's bookings per department and time (today in the hotel's zone by default), printable.
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { currentStaff } from "@/app/_server/session";
import { inputClass } from "@/components/field";
import { PrintButton } from "@/components/print-button";
import { RunSheetTable } from "@/app/(staff)/staff/run-sheet/_components/run-sheet-table";
import { getPropertyTimeZone } from "@/server/property/settings";
import { getRunSheet, listRunSheetDepartments } from "@/server/requests/run-sheet";
import { addDays, hotelToday, isDay } from "@/lib/time";
import { Day } from "@/components/format";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.runSheet"))("title") };
}

/** Anything else in the address (a bad day, a department id that is not one) falls back to the default. */
const query = z.object({
  day: z.string().refine(isDay).optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
});

export default async function RunSheetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  const params = query.parse(await searchParams);
  const timeZone = await getPropertyTimeZone(staff.propertyId);
  const today = hotelToday(timeZone);
  const day = params.day ?? today;
  const [departments, sheet, t] = await Promise.all([
    listRunSheetDepartments(staff),
    getRunSheet(staff, day, timeZone, { departmentId: params.department }),
    getTranslations("staff.runSheet"),
  ]);
  const department = departments.find((d) => d.id === params.department);
  const link = (d: string) => `/staff/run-sheet?day=${d}${department ? `&department=${department.id}` : ""}`;
  const navLink = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold hover:bg-stone-50";

  return (
    <>
      <h1 className="text-2xl font-bold">
        {t("title")} · <Day day={day} style="weekday" />
        {department && <> · {department.name}</>}
      </h1>
      <p className="no-print mt-1 text-stone-700">{t("intro")}</p>

      <div className="no-print mt-4 space-y-3 rounded-2xl bg-white p-4 shadow-sm">
        <form method="get" action="/staff/run-sheet" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="run-sheet-day" className="block font-medium">
              {t("day")}
            </label>
            <input id="run-sheet-day" name="day" type="date" defaultValue={day} className={inputClass} />
          </div>
          <div>
            <label htmlFor="run-sheet-department" className="block font-medium">
              {t("department")}
            </label>
            <select id="run-sheet-department" name="department" defaultValue={department?.id ?? ""} className={inputClass}>
              <option value="">{t("allDepartments")}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
            {t("show")}
          </button>
        </form>
        <nav aria-label={t("day")} className="flex flex-wrap gap-2">
          <Link href={link(addDays(day, -1))} className={navLink}>
            {t("previousDay")}
          </Link>
          <Link href={link(today)} className={navLink} aria-current={day === today ? "date" : undefined}>
            {t("today")}
          </Link>
          <Link href={link(addDays(day, 1))} className={navLink}>
            {t("nextDay")}
          </Link>
          <PrintButton label={t("print")} primary />
        </nav>
      </div>

      {sheet.length === 0 ? (
        <p className="mt-6 rounded-2xl bg-white p-6 text-center text-stone-700 shadow-sm">{t("empty")}</p>
      ) : (
        sheet.map((d) => <RunSheetTable key={d.id} department={d} timeZone={timeZone} />)
      )}
    </>
  );
}
