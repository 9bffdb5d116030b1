// REST: send a webhook delivery again ("send again"): due at once, with the same webhook-id.
import { resendWebhookDelivery } from "@/server/webhooks/endpoints";
import { resendWebhookDeliveryOperation } from "../../../../../../_lib/contracts/webhooks";
import { apiRoute } from "../../../../../../_lib/handler";

export const POST = apiRoute(resendWebhookDeliveryOperation, async ({ caller, params }) => {
  const { id } = await resendWebhookDelivery(caller, params.id, params.deliveryId);
  return { status: 200, body: { delivery: { id, status: "pending" as const } } };
});
