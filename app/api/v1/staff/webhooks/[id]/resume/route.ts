// REST: resume a webhook endpoint that was paused after failing; what waited is sent at once, in order.
import { resumeWebhookEndpoint } from "@/server/webhooks/endpoints";
import { resumeWebhookEndpointOperation } from "../../../../_lib/contracts/webhooks";
import { apiRoute } from "../../../../_lib/handler";

export const POST = apiRoute(resumeWebhookEndpointOperation, async ({ caller, params }) => {
  return { status: 200, body: await resumeWebhookEndpoint(caller, params.id) };
});
