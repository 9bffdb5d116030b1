// REST: take a place the waiting list offered, once per Idempotency-Key.
import { acceptWaitlistOffer } from "@/server/booking/accept-waitlist-offer";
import { acceptWaitlistOfferOperation } from "../../../_lib/contracts/guest";
import { bookingReply } from "../../../_lib/contracts/shared";
import { apiRoute } from "../../../_lib/handler";

export const POST = apiRoute(acceptWaitlistOfferOperation, async ({ caller, params, idempotencyKey }) => {
  const result = await acceptWaitlistOffer(caller, params.id, idempotencyKey);
  const body = { booking: bookingReply(result) };
  return result.replayed ? { status: 200, body } : { status: 201, body };
});
