// A booking's status as a coloured, labelled badge.
import { useTranslations } from "next-intl";
import type { BookingStatus } from "@/lib/booking-status";

const COLORS: Record<BookingStatus, string> = {
  requested: "bg-amber-100 text-amber-900",
  confirmed: "bg-sky-100 text-sky-900",
  in_progress: "bg-indigo-100 text-indigo-900",
  fulfilled: "bg-emerald-100 text-emerald-900",
  declined: "bg-red-100 text-red-900",
  cancelled: "bg-stone-200 text-stone-800",
  no_show: "bg-stone-200 text-stone-800",
  expired: "bg-stone-200 text-stone-800",
};

export function StatusBadge({ status }: { status: BookingStatus }) {
  const t = useTranslations("status");
  return (
    <span data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${COLORS[status]}`}>
      {t(status)}
    </span>
  );
}
