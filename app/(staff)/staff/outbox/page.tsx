// The email outbox (manager): every email of the hotel, newest first, with its status, attempts and last error,
// and "send again" for each. Emails go out with the housekeeping pass; a failing one is retried with backoff.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { When } from "@/components/format";
import { requireManagerPage } from "@/app/_server/manager-page";
import { MAX_ATTEMPTS } from "@/server/notifications/outbox";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/server/notifications/outbox-admin";
import { getPropertyTimeZone } from "@/server/property/settings";
import { resendEmailAction } from "./actions";
import { ResendEmailButton } from "./resend-button";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.outbox"))("title") };
}

const MAX_PAGE = 2_000;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const staff = await requireManagerPage();
  const rawPage = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= MAX_PAGE ? rawPage : 1;
  const [t, timeZone, rows] = await Promise.all([
    getTranslations("staff.outbox"),
    getPropertyTimeZone(staff.propertyId),
    listOutbox(staff.propertyId, { limit: OUTBOX_PAGE_SIZE + 1, offset: (page - 1) * OUTBOX_PAGE_SIZE }),
  ]);
  const emails = rows.slice(0, OUTBOX_PAGE_SIZE);
  const templateName = (template: string) => (t.has(`template.${template}`) ? t(`template.${template}`) : template);
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t("intro", { max: MAX_ATTEMPTS })}</p>
      </header>
      {emails.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-center text-stone-700 shadow-sm">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white p-3 shadow-sm sm:p-4">
          <table className="w-full text-left text-sm" data-testid="outbox">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="border-b border-stone-300 text-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("col.email")}</th>
                <th scope="col" className="py-2 pr-3">{t("col.to")}</th>
                <th scope="col" className="py-2 pr-3">{t("col.created")}</th>
                <th scope="col" className="py-2 pr-3">{t("col.status")}</th>
                <th scope="col" className="py-2 pr-3">{t("col.attempts")}</th>
                <th scope="col" className="py-2 pr-3">{t("col.error")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("resend")}</span></th>
              </tr>
            </thead>
            <tbody>
              {emails.map((e) => (
                <tr key={e.id} data-testid="outbox-email" className="border-b border-stone-200 align-top last:border-0">
                  <th scope="row" className="py-2 pr-3 font-semibold">
                    {templateName(e.template)}
                    {e.bookingId && (
                      <Link href={`/staff/requests/${e.bookingId}`} className="block font-normal text-brand-700 underline">
                        {t("request")}
                      </Link>
                    )}
                  </th>
                  <td className="py-2 pr-3 break-all">{e.toAddress}</td>
                  <td className="py-2 pr-3"><When value={e.createdAt} timeZone={timeZone} /></td>
                  <td className="py-2 pr-3" data-testid="outbox-status">
                    {t(`status.${e.status}`)}
                    {e.status === "sent" && e.sentAt && (
                      <span className="block text-stone-700"><When value={e.sentAt} timeZone={timeZone} /></span>
                    )}
                    {e.status === "pending" && (
                      <span className="block text-stone-700">{t.rich("next", { when: () => <When value={e.nextAttemptAt} timeZone={timeZone} /> })}</span>
                    )}
                  </td>
                  <td className="py-2 pr-3 tabular-nums" data-testid="outbox-attempts">{e.attempts}</td>
                  <td className="max-w-xs py-2 pr-3 break-words">{e.lastError ?? "—"}</td>
                  <td className="py-2">
                    <ResendEmailButton action={resendEmailAction} id={e.id} label={`${templateName(e.template)}, ${e.toAddress}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="flex gap-4" aria-label={t("pages")}>
        {page > 1 && (
          <Link href={`/staff/outbox?page=${page - 1}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t("newer")}
          </Link>
        )}
        {rows.length > OUTBOX_PAGE_SIZE && (
          <Link href={`/staff/outbox?page=${page + 1}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
