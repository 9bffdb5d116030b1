"use server";
// The manager's webhook actions: add an endpoint (its secret is in this one answer), change it, resume it after a
// pause, make a new secret, send a delivery again. Manager only; every change audited by the data functions.
import { revalidatePath } from "next/cache";
import { managerAction } from "@/app/_server/manager-action";
import { createWebhookEndpoint, resendWebhookDelivery, resumeWebhookEndpoint, rotateWebhookSecret, updateWebhookEndpoint } from "@/server/webhooks/endpoints";
import { createEndpointSchema, endpointIdSchema, resendSchema, updateEndpointSchema } from "./schemas";

function refresh() {
  revalidatePath("/staff/webhooks", "layout");
}

export const addWebhookEndpoint = managerAction("webhook.create", createEndpointSchema, async (input, staff) => {
  const { endpoint, secret } = await createWebhookEndpoint(staff, input);
  refresh();
  return { id: endpoint.id, secret };
});

export const saveWebhookEndpoint = managerAction("webhook.update", updateEndpointSchema, async ({ id, ...input }, staff) => {
  const { changed } = await updateWebhookEndpoint(staff, id, input);
  refresh();
  return { changed };
});

export const resumeWebhookEndpointAction = managerAction("webhook.resume", endpointIdSchema, async ({ id }, staff) => {
  const result = await resumeWebhookEndpoint(staff, id);
  refresh();
  return result;
});

export const rotateWebhookSecretAction = managerAction("webhook.rotate_secret", endpointIdSchema, async ({ id }, staff) => {
  const result = await rotateWebhookSecret(staff, id);
  refresh();
  return result;
});

export const resendWebhookDeliveryAction = managerAction("webhook.resend", resendSchema, async ({ endpointId, deliveryId }, staff) => {
  const result = await resendWebhookDelivery(staff, endpointId, deliveryId);
  refresh();
  return result;
});
