"use server";
// Guest actions on one booking: write to staff, rate it after fulfilment. The queries scope everything to the guest's stay.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guestAction } from "@/app/_server/action";
import { postGuestMessage } from "@/server/requests/thread";
import { rateBooking } from "@/server/feedback/ratings";

const MESSAGE_MAX = 1000;
const COMMENT_MAX = 1000;

const messageSchema = z.strictObject({
  bookingId: z.uuid(),
  body: z.string().trim().min(1).max(MESSAGE_MAX),
});

export const postGuestMessageAction = guestAction(messageSchema, async ({ bookingId, body }, guest) => {
  const result = await postGuestMessage(guest, bookingId, body);
  revalidatePath(`/requests/${bookingId}`);
  return result;
});

const ratingSchema = z.strictObject({
  bookingId: z.uuid(),
  score: z.coerce.number().int().min(1).max(5),
  comment: z.string().trim().max(COMMENT_MAX).optional(),
  // An unticked checkbox is absent; a ticked one sends "on".
  complaint: z.literal("on").optional(),
});

export const rateBookingAction = guestAction(ratingSchema, async ({ bookingId, score, comment, complaint }, guest) => {
  const result = await rateBooking(guest, bookingId, { score, comment, complaint: complaint === "on" });
  revalidatePath(`/requests/${bookingId}`);
  revalidatePath("/requests");
  return result;
});
