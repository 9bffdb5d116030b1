"use server";
// Staff send one of the manager's message templates on a request: filled in for it, in the guest's language, on the
// request's thread and by email (as every staff message).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/action";
import { MESSAGE_MAX, sendTemplateMessage } from "@/server/requests/template-messages";

const schema = z.strictObject({
  bookingId: z.uuid(),
  // Checked by the service: an unknown situation is a field error there.
  situation: z.string().trim().min(1).max(60),
  alternative: z.string().trim().max(200).optional(),
  // The text as the staff member left it (the template filled in, perhaps rewritten); empty = the template as it is.
  body: z.string().max(MESSAGE_MAX).optional(),
});

export const sendTemplateMessageAction = staffAction(undefined, schema, async ({ bookingId, ...input }, staff) => {
  const result = await sendTemplateMessage(staff, bookingId, input);
  revalidatePath(`/staff/requests/${bookingId}`);
  return result;
});
