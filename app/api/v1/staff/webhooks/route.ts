// REST: the manager's webhook endpoints: list them (never the secrets), register one (its secret in this answer only).
import { createWebhookEndpoint, listWebhookEndpoints } from "@/server/webhooks/endpoints";
import { createWebhookEndpointOperation, listWebhookEndpointsOperation } from "../../_lib/contracts/webhooks";
import { apiRoute } from "../../_lib/handler";

export const GET = apiRoute(listWebhookEndpointsOperation, async ({ caller }) => {
  return { status: 200, body: { endpoints: await listWebhookEndpoints(caller.propertyId) } };
});

export const POST = apiRoute(createWebhookEndpointOperation, async ({ caller, body }) => {
  const created = await createWebhookEndpoint(caller, { url: body.url, description: body.description || null, events: body.events, active: body.active ?? true });
  return { status: 201, body: created };
});
