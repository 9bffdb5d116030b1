// REST: book a whole package at its bundle price, once per Idempotency-Key.
import { bookPackage } from "@/server/booking/book-package";
import { bookPackageOperation } from "../../../_lib/contracts/guest";
import { apiRoute } from "../../../_lib/handler";

export const POST = apiRoute(bookPackageOperation, async ({ caller, params, idempotencyKey }) => {
  const bundle = await bookPackage(caller, params.slug, idempotencyKey);
  const body = { bundle };
  return bundle.replayed ? { status: 200, body } : { status: 201, body };
});
