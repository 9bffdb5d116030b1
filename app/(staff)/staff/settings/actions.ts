"use server";
// Property settings Server Actions (manager only): how long guest data is kept after check-out.
import { revalidatePath } from "next/cache";
import { managerAction } from "@/app/_server/manager-action";
import { setRetentionDays } from "@/server/property/retention-setting";
import { retentionSchema } from "./schemas";

export const setRetentionAction = managerAction("property.retention", retentionSchema, async (input, staff) => {
  const result = await setRetentionDays(staff, input.retentionDays);
  revalidatePath("/staff/settings");
  return result;
});
