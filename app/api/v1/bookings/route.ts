// REST: the signed-in guest's bookings. GET lists them; POST books, once per Idempotency-Key.
import { bookService } from "@/server/booking/book-service";
import { listBookingsForStay } from "@/server/booking/guest-bookings";
import { createBooking, listBookings } from "../_lib/contracts/guest";
import { bookingReply } from "../_lib/contracts/shared";
import { apiRoute } from "../_lib/handler";

export const GET = apiRoute(listBookings, async ({ caller }) => {
  return { status: 200, body: { bookings: await listBookingsForStay(caller) } };
});

export const POST = apiRoute(createBooking, async ({ caller, body: input, idempotencyKey }) => {
  const result = await bookService(caller, { ...input, idempotencyKey });
  const body = { booking: bookingReply(result) };
  return result.replayed ? { status: 200, body } : { status: 201, body };
});
