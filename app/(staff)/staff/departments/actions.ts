"use server";
// Department Server Actions (manager only): add a department, change one's names and response target, give its
// calendar feed a new secret address.
import { revalidatePath } from "next/cache";
import { managerAction } from "@/app/_server/manager-action";
import { rotateCalendarToken } from "@/server/calendar/feeds";
import { createDepartment, updateDepartment } from "@/server/staff/departments";
import { createDepartmentSchema, rotateCalendarSchema, toDepartmentValues, toNewDepartment, updateDepartmentSchema } from "./schemas";

function refresh() {
  // Department names show all over the back office (queue filters, hand-over, accounts, catalogue).
  revalidatePath("/staff", "layout");
}

export const addDepartment = managerAction("department.create", createDepartmentSchema, async (input, staff) => {
  const result = await createDepartment(staff, toNewDepartment(input));
  refresh();
  return result;
});

export const saveDepartment = managerAction("department.update", updateDepartmentSchema, async ({ departmentId, ...input }, staff) => {
  const result = await updateDepartment(staff, departmentId, toDepartmentValues(input));
  refresh();
  return result;
});

export const rotateCalendarAction = managerAction("department.calendar_rotate", rotateCalendarSchema, async ({ departmentId }, staff) => {
  await rotateCalendarToken(staff, departmentId);
  revalidatePath("/staff/departments");
  // The new address is on the page once it re-renders; it is not a one-time secret.
  return { rotated: true };
});
