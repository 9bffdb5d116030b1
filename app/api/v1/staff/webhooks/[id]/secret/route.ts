// REST: a new signing secret for a webhook endpoint, in this answer only; the old one stops signing at once.
import { rotateWebhookSecret } from "@/server/webhooks/endpoints";
import { rotateWebhookSecretOperation } from "../../../../_lib/contracts/webhooks";
import { apiRoute } from "../../../../_lib/handler";

export const POST = apiRoute(rotateWebhookSecretOperation, async ({ caller, params }) => {
  return { status: 200, body: await rotateWebhookSecret(caller, params.id) };
});
