// REST: a webhook endpoint's delivery log, newest first: status, attempts, last answer and error.
import { AppError } from "@/lib/errors";
import { DELIVERIES_PAGE_SIZE, getWebhookEndpoint, listWebhookDeliveries } from "@/server/webhooks/endpoints";
import { listWebhookDeliveriesOperation } from "../../../../_lib/contracts/webhooks";
import { apiRoute } from "../../../../_lib/handler";

export const GET = apiRoute(listWebhookDeliveriesOperation, async ({ caller, params, query }) => {
  // Another hotel's endpoint answers like one that does not exist, not with an empty log.
  if (!(await getWebhookEndpoint(caller.propertyId, params.id))) throw new AppError("not_found", "This webhook endpoint does not exist.");
  const limit = query.limit ?? DELIVERIES_PAGE_SIZE;
  const offset = query.offset ?? 0;
  return { status: 200, body: { deliveries: await listWebhookDeliveries(caller.propertyId, params.id, { limit, offset }), limit, offset } };
});
