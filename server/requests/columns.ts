// What every staff view of a request (the queue, one request) selects: the booking with its service, department, stay and assignee.
import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { bookings, departments, services, staffUsers, stays } from "@/db/schema";

export const assignee = alias(staffUsers, "assignee");

/** What every view of a request shows, joined with its service, department, stay and assignee. */
export const requestColumns = {
  id: bookings.id,
  status: bookings.status,
  quantity: bookings.quantity,
  /** Who takes part (timed sessions, tickets, per-person and per-child prices); null when the booking counts items, not people. */
  participants: bookings.participants,
  note: bookings.note,
  scheduledAt: bookings.scheduledAt,
  startDay: bookings.startDay,
  endDay: bookings.endDay,
  createdAt: bookings.createdAt,
  totalMinor: bookings.totalMinor,
  currency: bookings.currency,
  serviceName: services.name,
  departmentId: bookings.departmentId,
  departmentName: departments.name,
  responseTargetMinutes: departments.responseTargetMinutes,
  guestName: stays.guestName,
  room: stays.room,
  vip: stays.vip,
  guestLocale: stays.locale,
  assignedTo: bookings.assignedTo,
  assigneeName: assignee.name,
};
