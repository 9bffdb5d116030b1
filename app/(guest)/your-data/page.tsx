// "Your data": what the hotel keeps about the guest and until which day, with all of it as a JSON download.
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireGuest } from "@/app/_server/session";
import { getGuestRetention } from "@/server/stays/guest-data";
import { formatDay } from "@/components/format";

export async function generateMetadata() {
  return { title: (await getTranslations("yourData"))("title") };
}

const KEPT = ["identity", "contact", "stay", "bookings", "messages", "ratings"] as const;

export default async function YourDataPage() {
  const guest = await requireGuest();
  const [retention, t, format] = await Promise.all([getGuestRetention(guest), getTranslations("yourData"), getFormatter()]);
  if (!retention) notFound();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="kept-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="kept-title" className="mb-2 text-lg font-semibold">
          {t("keptTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {KEPT.map((k) => (
            <li key={k}>{t(`kept.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="until-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="until-title" className="mb-2 text-lg font-semibold">
          {t("untilTitle")}
        </h2>
        <p data-testid="kept-until">
          {t("until", { date: formatDay(format, retention.keptUntil), days: retention.retentionDays })}
        </p>
        <p className="mt-2 text-stone-700">{t("after")}</p>
      </section>
      <section aria-labelledby="download-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="download-title" className="mb-2 text-lg font-semibold">
          {t("downloadTitle")}
        </h2>
        <p className="mb-3 text-stone-700">{t("downloadHint")}</p>
        <a
          href="/api/your-data"
          download
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t("download")}
        </a>
      </section>
    </div>
  );
}
