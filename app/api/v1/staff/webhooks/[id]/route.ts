// REST: one webhook endpoint of the manager's hotel: read it, or change what is sent (fields not sent stay).
import { AppError } from "@/lib/errors";
import { getWebhookEndpoint, updateWebhookEndpoint } from "@/server/webhooks/endpoints";
import { getWebhookEndpointOperation, updateWebhookEndpointOperation } from "../../../_lib/contracts/webhooks";
import { apiRoute } from "../../../_lib/handler";

export const GET = apiRoute(getWebhookEndpointOperation, async ({ caller, params }) => {
  const endpoint = await getWebhookEndpoint(caller.propertyId, params.id);
  if (!endpoint) throw new AppError("not_found", "This webhook endpoint does not exist.");
  return { status: 200, body: { endpoint } };
});

export const PATCH = apiRoute(updateWebhookEndpointOperation, async ({ caller, params, body }) => {
  const { description, ...rest } = body;
  const result = await updateWebhookEndpoint(caller, params.id, { ...rest, ...(description !== undefined ? { description: description || null } : {}) });
  return { status: 200, body: result };
});
