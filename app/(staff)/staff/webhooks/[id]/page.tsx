// One webhook endpoint (manager): its settings, the pause notice with "resume", a new secret, and the delivery log
// with "send again" for each delivery.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { When } from "@/components/format";
import { UUID_RE } from "@/lib/uuid";
import { requireManagerPage } from "@/app/_server/manager-page";
import { describeBackoff, MAX_ATTEMPTS } from "@/lib/webhooks/retry-policy";
import { getPropertyTimeZone } from "@/server/property/settings";
import { DELIVERIES_PAGE_SIZE, getWebhookEndpoint, listWebhookDeliveries } from "@/server/webhooks/endpoints";
import { resendWebhookDeliveryAction, resumeWebhookEndpointAction, rotateWebhookSecretAction, saveWebhookEndpoint } from "../actions";
import { EndpointStatus } from "../endpoint-status";
import { EditEndpointForm, ResendButton, ResumeForm, RotateSecretForm } from "../webhook-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.webhooks"))("title") };
}

const MAX_PAGE = 2_000;

export default async function WebhookEndpointPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const staff = await requireManagerPage();
  const { id } = await params;
  if (!UUID_RE.test(id)) notFound();
  const endpoint = await getWebhookEndpoint(staff.propertyId, id);
  if (!endpoint) notFound();
  const rawPage = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= MAX_PAGE ? rawPage : 1;
  // One more than a page tells whether there are older ones.
  const [t, timeZone, rows] = await Promise.all([
    getTranslations("staff.webhooks"),
    getPropertyTimeZone(staff.propertyId),
    listWebhookDeliveries(staff.propertyId, id, { limit: DELIVERIES_PAGE_SIZE + 1, offset: (page - 1) * DELIVERIES_PAGE_SIZE }),
  ]);
  const deliveries = rows.slice(0, DELIVERIES_PAGE_SIZE);
  const card = "rounded-2xl bg-white p-4 shadow-sm sm:p-5";
  return (
    <div className="space-y-6">
      <Link href="/staff/webhooks" className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {t("detail.back")}
      </Link>
      <header>
        <h1 className="break-all text-2xl font-bold">{endpoint.url}</h1>
        <p className="mt-1 text-stone-700">
          {endpoint.description && <>{endpoint.description} · </>}
          <EndpointStatus active={endpoint.active} paused={!!endpoint.pausedAt} labels={{ active: t("status.active"), paused: t("status.paused"), off: t("status.off") }} />
        </p>
      </header>

      {endpoint.pausedAt && (
        <section aria-labelledby="paused-title" className="rounded-2xl border border-amber-400 bg-amber-50 p-4 text-amber-950 sm:p-5">
          <h2 id="paused-title" className="text-lg font-semibold">
            {t("detail.pausedTitle")}
          </h2>
          <p className="mt-1">
            {t.rich("detail.pausedText", {
              when: () => <When value={endpoint.pausedAt!} timeZone={timeZone} />,
              n: endpoint.consecutiveFailures,
            })}
          </p>
          {endpoint.pauseReason && <p className="mt-1 break-words text-sm">{endpoint.pauseReason}</p>}
          <ResumeForm action={resumeWebhookEndpointAction} id={endpoint.id} />
        </section>
      )}

      <section aria-labelledby="settings-title" className={card}>
        <h2 id="settings-title" className="mb-4 text-lg font-semibold">
          {t("detail.settings")}
        </h2>
        <EditEndpointForm
          action={saveWebhookEndpoint}
          id={endpoint.id}
          values={{ url: endpoint.url, description: endpoint.description, events: endpoint.events, active: endpoint.active }}
        />
      </section>

      <section aria-labelledby="secret-title" className={card}>
        <h2 id="secret-title" className="text-lg font-semibold">
          {t("detail.secretTitle")}
        </h2>
        <p className="mt-1 max-w-3xl text-stone-700">{t("detail.secretText")}</p>
        <RotateSecretForm action={rotateWebhookSecretAction} id={endpoint.id} />
      </section>

      <section aria-labelledby="log-title" className={card}>
        <h2 id="log-title" className="text-lg font-semibold">
          {t("detail.logTitle")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-stone-700">{t("detail.logIntro", { backoff: describeBackoff(), max: MAX_ATTEMPTS })}</p>
        {deliveries.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("detail.logEmpty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="delivery-log">
              <thead className="border-b border-stone-300 text-stone-700">
                <tr>
                  <th scope="col" className="py-2 pr-3">{t("detail.col.event")}</th>
                  <th scope="col" className="py-2 pr-3">{t("detail.col.created")}</th>
                  <th scope="col" className="py-2 pr-3">{t("detail.col.status")}</th>
                  <th scope="col" className="py-2 pr-3">{t("detail.col.attempts")}</th>
                  <th scope="col" className="py-2 pr-3">{t("detail.col.response")}</th>
                  <th scope="col" className="py-2 pr-3">{t("detail.col.lastAttempt")}</th>
                  <th scope="col" className="py-2 pr-3">{t("detail.col.error")}</th>
                  <th scope="col" className="py-2"><span className="sr-only">{t("detail.resend")}</span></th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((d) => (
                  <tr key={d.id} className="border-b border-stone-200 align-top last:border-0">
                    <th scope="row" className="py-2 pr-3 font-semibold">
                      {t(`event.${d.eventType.replace(".", "_")}`)}
                      <span className="block font-mono text-xs font-normal text-stone-700">{d.eventId}</span>
                    </th>
                    <td className="py-2 pr-3"><When value={d.createdAt} timeZone={timeZone} /></td>
                    <td className="py-2 pr-3">
                      {t(`detail.deliveryStatus.${d.status}`)}
                      {d.status === "pending" && d.attempts > 0 && (
                        <span className="block text-stone-700">
                          {t.rich("detail.next", { when: () => <When value={d.nextAttemptAt} timeZone={timeZone} /> })}
                        </span>
                      )}
                    </td>
                    <td className="py-2 pr-3">{d.attempts}</td>
                    <td className="py-2 pr-3">{d.lastStatusCode ?? "—"}</td>
                    <td className="py-2 pr-3">{d.lastAttemptAt ? <When value={d.lastAttemptAt} timeZone={timeZone} /> : "—"}</td>
                    <td className="max-w-xs py-2 pr-3 break-words">{d.lastError ?? "—"}</td>
                    <td className="py-2">
                      <ResendButton action={resendWebhookDeliveryAction} endpointId={endpoint.id} deliveryId={d.id} label={`${d.eventType} ${d.eventId}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav className="mt-3 flex gap-4" aria-label={t("detail.logTitle")}>
          {page > 1 && (
            <Link href={`/staff/webhooks/${endpoint.id}?page=${page - 1}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("detail.newer")}
            </Link>
          )}
          {rows.length > DELIVERIES_PAGE_SIZE && (
            <Link href={`/staff/webhooks/${endpoint.id}?page=${page + 1}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("detail.older")}
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
