// The guard of every stays page: signed-in reception or manager; department staff get "not found", like a stay that is not theirs.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentStaff, type StaffSession } from "@/app/_server/session";

export async function requireDeskStaff(): Promise<StaffSession> {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  if (staff.role !== "reception" && staff.role !== "manager") notFound();
  return staff;
}
