"use server";
// Message-template Server Action (manager only): save one situation's texts in the hotel's languages.
import { revalidatePath } from "next/cache";
import { managerAction } from "@/app/_server/manager-action";
import { saveMessageTemplate } from "@/server/notifications/message-templates";
import { saveTemplateSchema, textsOf } from "./schemas";

export const saveTemplateAction = managerAction("message_template.update", saveTemplateSchema, async (input, staff) => {
  const result = await saveMessageTemplate(staff, input.situation, textsOf(input));
  revalidatePath("/staff/templates");
  return result;
});
