// Folio export (reception and manager): the charges and credits of a range of days as CSV for the PMS, reached from
// the staff navigation (the same form also sits under the stays list).
import { getTranslations } from "next-intl/server";
import { FolioExportForm } from "@/app/(staff)/staff/stays/_components/folio-export-form";
import { getPropertyTimeZone } from "@/server/property/settings";
import { addDays, hotelToday } from "@/lib/time";
import { requireDeskStaff } from "../_lib/desk";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.folioPage"))("title") };
}

export default async function FolioExportPage() {
  const staff = await requireDeskStaff();
  const [timeZone, t] = await Promise.all([getPropertyTimeZone(staff.propertyId), getTranslations("staff.folioPage")]);
  const today = hotelToday(timeZone);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
      <FolioExportForm from={addDays(today, -1)} to={today} />
    </>
  );
}
