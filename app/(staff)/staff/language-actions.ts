"use server";
// The back office's language switcher: the staff member's choice, stored on their own account (staff_users.locale), so
// it follows them to every device and survives signing out; the back office then renders in it.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_server/action";
import { LOCALES } from "@/lib/i18n/locales";
import { setStaffLocale } from "@/server/staff/staff-locale";

const staffLocaleInput = z.strictObject({ locale: z.enum(LOCALES) });

export const setStaffLocaleAction = staffAction(undefined, staffLocaleInput, async ({ locale }, staff) => {
  await setStaffLocale(staff.staffId, locale);
  revalidatePath("/staff", "layout");
  return { locale };
});
