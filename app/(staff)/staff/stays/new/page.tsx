// Create a stay by hand (a walk-in, or a reservation the PMS export has not brought yet).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StayForm } from "@/app/(staff)/staff/stays/_components/stay-form";
import { getPropertyTimeZone } from "@/server/property/settings";
import { addDays, hotelToday } from "@/lib/time";
import { requireDeskStaff } from "../_lib/desk";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.stays.form"))("newTitle") };
}

export default async function NewStayPage() {
  const staff = await requireDeskStaff();
  const [t, timeZone] = await Promise.all([getTranslations("staff.stays"), getPropertyTimeZone(staff.propertyId)]);
  const today = hotelToday(timeZone);
  return (
    <>
      <Link href="/staff/stays" className="no-print font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t("form.newTitle")}</h1>
      <StayForm
        cancelHref="/staff/stays"
        initial={{
          reservationCode: "",
          surname: "",
          guestName: "",
          email: "",
          room: "",
          checkIn: today,
          checkOut: addDays(today, 1),
          adults: "2",
          childrenAges: "",
          vip: false,
          locale: "",
          notes: "",
        }}
      />
    </>
  );
}
