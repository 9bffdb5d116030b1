// The manager's webhook endpoints: where the hotel's events go; added, listed with their queue, opened for the log.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { When } from "@/components/format";
import { requireManagerPage } from "@/app/_server/manager-page";
import { getPropertyTimeZone } from "@/server/property/settings";
import { listWebhookEndpoints } from "@/server/webhooks/endpoints";
import { addWebhookEndpoint } from "./actions";
import { EndpointStatus } from "./endpoint-status";
import { CreateEndpointForm } from "./webhook-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.webhooks"))("title") };
}

export default async function WebhooksPage() {
  // The layout lets every staff member in; this page is the manager's (others see "not found").
  const staff = await requireManagerPage();
  const [t, endpoints, timeZone] = await Promise.all([getTranslations("staff.webhooks"), listWebhookEndpoints(staff.propertyId), getPropertyTimeZone(staff.propertyId)]);
  const card = "rounded-2xl bg-white p-4 shadow-sm sm:p-5";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
        <p className="mt-1">
          <a href="/api/v1/openapi.json" className="font-semibold text-brand-700 underline">
            {t("docs")}
          </a>
        </p>
      </div>
      <section aria-labelledby="endpoints-title" className={card}>
        <h2 id="endpoints-title" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        {endpoints.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("empty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left">
              <thead className="border-b border-stone-300 text-sm text-stone-700">
                <tr>
                  <th scope="col" className="py-2 pr-4">{t("col.url")}</th>
                  <th scope="col" className="py-2 pr-4">{t("col.events")}</th>
                  <th scope="col" className="py-2 pr-4">{t("col.status")}</th>
                  <th scope="col" className="py-2 pr-4">{t("col.queue")}</th>
                  <th scope="col" className="py-2">{t("col.lastDelivered")}</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((e) => (
                  <tr key={e.id} className="border-b border-stone-200 align-top last:border-0">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      <Link href={`/staff/webhooks/${e.id}`} className="break-all text-brand-700 underline">
                        {e.url}
                      </Link>
                      {e.description && <span className="block text-sm font-normal text-stone-700">{e.description}</span>}
                    </th>
                    <td className="py-2 pr-4">{t("eventCount", { n: e.events.length })}</td>
                    <td className="py-2 pr-4">
                      <EndpointStatus active={e.active} paused={!!e.pausedAt} labels={{ active: t("status.active"), paused: t("status.paused"), off: t("status.off") }} />
                    </td>
                    <td className="py-2 pr-4">
                      {e.pending} / {e.failed}
                    </td>
                    <td className="py-2">{e.lastDeliveredAt ? <When value={e.lastDeliveredAt} timeZone={timeZone} /> : t("never")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="new-endpoint" className={card}>
        <h2 id="new-endpoint" className="mb-4 text-lg font-semibold">
          {t("new")}
        </h2>
        <CreateEndpointForm action={addWebhookEndpoint} />
      </section>
    </div>
  );
}
