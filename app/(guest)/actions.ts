"use server";
// Guest actions: book, join or leave the waiting list, take an offered place, cancel, book a whole package.
// Each goes through guestAction (session, zod, typed result); the data layer scopes everything to the guest's stay.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guestAction } from "@/app/_server/action";
import { acceptWaitlistOffer } from "@/server/booking/accept-waitlist-offer";
import { bookService } from "@/server/booking/book-service";
import { cancelBookingAsGuest } from "@/server/booking/cancel-as-guest";
import { bookPackage } from "@/server/booking/book-package";
import { joinWaitlist, leaveWaitlist } from "@/server/booking/waitlist";
import { checkWaitlistTarget } from "@/server/booking/waitlist-target";
import { bookingInput, idempotencyKey } from "@/lib/booking-input";

const bookOrWaitlist = bookingInput.extend({ idempotencyKey, intent: z.enum(["book", "waitlist"]).default("book") });

export const bookServiceAction = guestAction(bookOrWaitlist, async ({ intent, ...input }, guest) => {
  if (intent === "waitlist") {
    await joinWaitlist(guest, await checkWaitlistTarget(guest, input));
    revalidatePath("/requests");
    return { bookingId: null, status: "waitlisted", totalMinor: 0, replayed: false };
  }
  const result = await bookService(guest, input);
  revalidatePath("/requests");
  return result;
});

const byId = z.strictObject({ id: z.uuid() });

export const cancelBookingAction = guestAction(byId, async ({ id }, guest) => {
  const result = await cancelBookingAsGuest(guest, id);
  revalidatePath("/requests");
  return result;
});

export const leaveWaitlistAction = guestAction(byId, async ({ id }, guest) => {
  await leaveWaitlist(guest, id);
  revalidatePath("/requests");
  return { left: true };
});

export const acceptOfferAction = guestAction(byId.extend({ idempotencyKey }), async ({ id, idempotencyKey: key }, guest) => {
  const result = await acceptWaitlistOffer(guest, id, key);
  revalidatePath("/requests");
  return result;
});

export const bookPackageAction = guestAction(
  z.strictObject({ packageSlug: z.string().min(1).max(100), idempotencyKey }),
  async ({ packageSlug, idempotencyKey: key }, guest) => {
    const result = await bookPackage(guest, packageSlug, key);
    revalidatePath("/requests");
    return result;
  },
);
