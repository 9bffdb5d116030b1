// A stay that does not exist or is another hotel's: the same answer for both.
import Link from "next/link";
import { useTranslations } from "next-intl";

export default function StayNotFound() {
  const t = useTranslations("staff.stays.notFound");
  return (
    <div className="rounded-2xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("text")}</p>
      <Link href="/staff/stays" className="mt-4 inline-block font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
