"use server";
// Guest actions: book, join or leave the waiting list, take an offered place, cancel, book a whole package as reviewed.
// Each goes through guestAction (session, zod, typed result); the data layer scopes everything to the guest's stay.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guestAction } from "@/app/_server/action";
import { acceptWaitlistOffer } from "@/server/booking/accept-waitlist-offer";
import { bookService } from "@/server/booking/book-service";
import { cancelBookingAsGuest } from "@/server/booking/cancel-as-guest";
import { bookPackageWithChoices, type PackageChoice } from "@/server/booking/package-plan";
import { AppError } from "@/lib/errors";
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

// A whole package with the guest's choices from the review: "<item slug>.sessionId", "<item slug>.startDay", "<item slug>.endDay".
const choiceField = /^([a-z0-9][a-z0-9-]{0,99})\.(sessionId|startDay|endDay)$/;
const choiceValue = { sessionId: z.uuid(), startDay: z.iso.date(), endDay: z.iso.date() } as const;

export const bookPackageChoicesAction = guestAction(
  z.object({ packageSlug: z.string().min(1).max(100), idempotencyKey }).catchall(z.string().max(100)),
  async ({ packageSlug, idempotencyKey: key, ...fields }, guest) => {
    const choices: Record<string, PackageChoice> = {};
    const wrong: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(fields)) {
      const match = choiceField.exec(name);
      if (!match) {
        wrong[name] = ["validation.invalid"];
        continue;
      }
      if (value === "") continue;
      const [, slug, field] = match as unknown as [string, string, keyof typeof choiceValue];
      if (!choiceValue[field].safeParse(value).success) wrong[name] = [field === "sessionId" ? "validation.choose_time" : "validation.invalid"];
      else (choices[slug] ??= {})[field] = String(value);
    }
    if (Object.keys(wrong).length > 0) throw new AppError("input:invalid", "Please check the highlighted fields.", wrong);
    const result = await bookPackageWithChoices(guest, packageSlug, key, choices);
    revalidatePath("/requests");
    return result;
  },
);
