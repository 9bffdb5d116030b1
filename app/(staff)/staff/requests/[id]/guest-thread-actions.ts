"use server";
// Staff write to the guest about a request: shown on the guest's page and emailed (through the outbox).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/action";
import { postStaffMessage } from "@/server/requests/thread";

const schema = z.strictObject({
  bookingId: z.uuid(),
  body: z.string().trim().min(1).max(1000),
});

export const sendGuestMessageAction = staffAction(undefined, schema, async ({ bookingId, body }, staff) => {
  const result = await postStaffMessage(staff, bookingId, body);
  revalidatePath(`/staff/requests/${bookingId}`);
  return result;
});
