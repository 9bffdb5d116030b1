"use server";
// The hotel group: switching the property a staff member works in (anyone working at several), and the group
// administrator's new property and who works where. The services check membership and the group role themselves.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { groupAdminAction, staffAction } from "@/app/_server/action";
import { AppError } from "@/lib/errors";
import { membershipInput, newPropertyInput } from "@/lib/property-input";
import { switchSessionProperty } from "@/server/auth/sessions";
import { writeAudit } from "@/server/auth/audit-log";
import { createProperty, setMembership } from "@/server/group/properties";

const switchInput = z.strictObject({ propertyId: z.uuid() });

/** Moves this browser's session to another property; one the staff member does not work at is "not found". */
export const switchPropertyAction = staffAction(undefined, switchInput, async ({ propertyId }, staff) => {
  const moved = await switchSessionProperty(staff.sessionId, staff.staffId, propertyId);
  await writeAudit({
    propertyId: moved ? propertyId : staff.propertyId,
    actorKind: "staff",
    actorId: staff.staffId,
    role: staff.role,
    action: "staff.property.switch",
    target: propertyId,
    outcome: moved ? "ok" : "denied",
  });
  if (!moved) throw new AppError("not_found", "No property of yours has that id.");
  revalidatePath("/staff", "layout");
  redirect("/staff");
});

/** Form fields arrive as strings; the locales as a list and "no copy" as an empty string. */
const propertyForm = z.preprocess((raw) => {
  if (!raw || typeof raw !== "object") return raw;
  const r = raw as Record<string, unknown>;
  const locales = Array.isArray(r.locales) ? r.locales : r.locales === undefined ? [] : [r.locales];
  return { ...r, locales, copyFrom: r.copyFrom ? r.copyFrom : null };
}, newPropertyInput);

export const createPropertyAction = groupAdminAction(propertyForm, async (input, staff) => {
  const result = await createProperty(staff, input);
  revalidatePath("/staff", "layout");
  return result;
});

export const setMembershipAction = groupAdminAction(membershipInput, async (input, staff) => {
  const result = await setMembership(staff, input);
  revalidatePath("/staff/group");
  return result;
});
