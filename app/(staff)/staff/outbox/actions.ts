"use server";
// The manager's outbox action: send an email again. Manager only; audited by resendEmail (and refusals by managerAction).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction } from "@/app/_server/manager-action";
import { resendEmail } from "@/server/notifications/outbox-admin";

const resendSchema = z.strictObject({ id: z.uuid() });

export const resendEmailAction = managerAction("email.resend", resendSchema, async ({ id }, staff) => {
  const result = await resendEmail(staff, id);
  revalidatePath("/staff/outbox");
  return result;
});
