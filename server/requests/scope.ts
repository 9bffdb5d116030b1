// Who sees which request: department staff their departments', reception and the manager the whole property.
import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { BookingStatus } from "@/lib/booking-status";
import { bookings } from "@/db/schema";

export type StaffRef = {
  staffId: string;
  propertyId: string;
  name: string;
  role: "manager" | "reception" | "department";
  departmentIds: string[];
};

export const OPEN_STATUSES: BookingStatus[] = ["requested", "confirmed", "in_progress"];

/** Department staff see their departments' requests; reception and the manager see the whole property. */
export function scopeOf(staff: StaffRef): SQL {
  const property = eq(bookings.propertyId, staff.propertyId);
  if (staff.role !== "department") return property;
  if (staff.departmentIds.length === 0) return sql`false`;
  return and(property, inArray(bookings.departmentId, staff.departmentIds))!;
}
