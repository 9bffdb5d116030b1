// Flagged feedback for the manager: low ratings and complaints, until marked resolved.
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { currentStaff } from "@/app/_server/session";
import { formatWhen } from "@/components/format";
import { localized } from "@/components/localized";
import { getPropertyTimeZone } from "@/server/property/settings";
import { listFlaggedFeedback } from "@/server/feedback/ratings";
import { ResolveButton } from "./resolve-button";

export async function generateMetadata() {
  return { title: (await getTranslations("conversation.feedback"))("title") };
}

export default async function FeedbackPage() {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  if (staff.role !== "manager") notFound();
  const [rows, t, locale, format, timeZone] = await Promise.all([
    listFlaggedFeedback(staff),
    getTranslations("conversation.feedback"),
    getLocale(),
    getFormatter(),
    getPropertyTimeZone(staff.propertyId),
  ]);
  return (
    <section aria-labelledby="feedback-title" className="space-y-4">
      <h1 id="feedback-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="text-stone-700">{t("intro")}</p>
      {rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-4 shadow-sm">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} data-testid="flagged" className="rounded-2xl border-l-4 border-red-600 bg-white p-4 shadow-sm">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-stone-600">{t("guest")}</dt>
                <dd>
                  {r.guestName}
                  {r.room && <> · {t("room", { room: r.room })}</>}
                </dd>
                <dt className="text-stone-600">{t("service")}</dt>
                <dd>{localized(r.serviceName, locale)}</dd>
                <dt className="text-stone-600">{t("score")}</dt>
                <dd>
                  {r.score} / 5{r.complaint && <strong className="ml-2 rounded bg-red-100 px-2 text-red-900">{t("complaint")}</strong>}
                </dd>
                {r.comment && (
                  <>
                    <dt className="text-stone-600">{t("comment")}</dt>
                    <dd className="whitespace-pre-wrap">{r.comment}</dd>
                  </>
                )}
                <dt className="text-stone-600">{t("when")}</dt>
                <dd>{formatWhen(format, r.createdAt, timeZone)}</dd>
              </dl>
              <div className="mt-3">
                <ResolveButton id={r.id} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
