// REST: book a whole package with the guest's choice per item (a session, the days), every item or none, once per
// Idempotency-Key; each item at its own price, the bundle saving as its own line (server/booking/package-plan.ts).
import { bookPackageWithChoices } from "@/server/booking/package-plan";
import { bookPackageOperation } from "../../../_lib/contracts/guest";
import { apiRoute } from "../../../_lib/handler";

export const POST = apiRoute(bookPackageOperation, async ({ caller, params, body, idempotencyKey }) => {
  const bundle = await bookPackageWithChoices(caller, params.slug, idempotencyKey, body.items ?? {}, new Date(), { fieldPrefix: "items." });
  return bundle.replayed ? { status: 200, body: { bundle } } : { status: 201, body: { bundle } };
});
