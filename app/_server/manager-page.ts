// The manager's pages check the role themselves (the layout only hides links): others see "not found".
import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentStaff, requireStaff, type StaffSession } from "./session";
import { isAppError } from "@/lib/errors";

export async function requireManagerPage(): Promise<StaffSession> {
  try {
    return await requireStaff(["manager"]);
  } catch (err) {
    if (!isAppError(err)) throw err;
    // Signed in as staff but not a manager: the page does not exist for them. Otherwise: sign in.
    if (await currentStaff()) notFound();
    redirect("/staff/signin");
  }
}

/** The group administrator's pages: anyone else, even a manager, finds nothing there. */
export async function requireGroupAdminPage(): Promise<StaffSession> {
  const staff = await requireManagerPage();
  if (!staff.groupAdmin) notFound();
  return staff;
}
