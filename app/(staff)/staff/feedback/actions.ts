"use server";
// The manager marks flagged feedback as dealt with.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/action";
import { resolveFeedback } from "@/server/feedback/ratings";

export const resolveFeedbackAction = staffAction(["manager"], z.strictObject({ id: z.uuid() }), async ({ id }, staff) => {
  await resolveFeedback(staff, id);
  revalidatePath("/staff/feedback");
  return { resolved: true };
});
