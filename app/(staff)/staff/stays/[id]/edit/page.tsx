// Edit a stay: the same form as creating one, filled in.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { StayForm } from "@/app/(staff)/staff/stays/_components/stay-form";
import { getStay } from "@/server/stays/manage-stays";
import { requireDeskStaff } from "../../_lib/desk";

export default async function EditStayPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireDeskStaff();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  // Another hotel's stay (or none) is not found before anything else is read.
  const stay = await getStay(staff.propertyId, id);
  if (!stay) notFound();
  const t = await getTranslations("staff.stays");
  return (
    <>
      <Link href={`/staff/stays/${stay.id}`} className="no-print font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t("form.editTitle", { code: stay.reservationCode })}</h1>
      <StayForm
        stayId={stay.id}
        cancelHref={`/staff/stays/${stay.id}`}
        initial={{
          reservationCode: stay.reservationCode,
          surname: stay.surname,
          guestName: stay.guestName,
          email: stay.email ?? "",
          room: stay.room ?? "",
          checkIn: stay.checkIn,
          checkOut: stay.checkOut,
          adults: String(stay.adults),
          childrenAges: stay.childrenAges.join(", "),
          vip: stay.vip,
          locale: stay.locale ?? "",
          notes: stay.notes ?? "",
        }}
      />
    </>
  );
}
