// The booking status machine: which status may follow which, and who may move it.
export const BOOKING_STATUSES = [
  "requested",
  "confirmed",
  "declined",
  "in_progress",
  "fulfilled",
  "cancelled",
  "no_show",
  "expired",
] as const;

export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export type StaffAction = "confirm" | "decline" | "start" | "fulfil" | "no_show" | "cancel";

const STAFF_TRANSITIONS: Record<StaffAction, { from: readonly BookingStatus[]; to: BookingStatus }> = {
  confirm: { from: ["requested"], to: "confirmed" },
  decline: { from: ["requested"], to: "declined" },
  start: { from: ["confirmed"], to: "in_progress" },
  fulfil: { from: ["confirmed", "in_progress"], to: "fulfilled" },
  no_show: { from: ["confirmed"], to: "no_show" },
  cancel: { from: ["requested", "confirmed"], to: "cancelled" },
};

/** Statuses in which a booking still holds its seats or stock. */
export const HOLDING_STATUSES: readonly BookingStatus[] = ["requested", "confirmed", "in_progress"];

/** Statuses after which nothing more happens to a booking. */
export const FINAL_STATUSES: readonly BookingStatus[] = ["declined", "fulfilled", "cancelled", "no_show", "expired"];

export function staffTransition(action: StaffAction): { from: readonly BookingStatus[]; to: BookingStatus } {
  return STAFF_TRANSITIONS[action];
}

export function allowedStaffActions(status: BookingStatus): StaffAction[] {
  return (Object.keys(STAFF_TRANSITIONS) as StaffAction[]).filter((a) => STAFF_TRANSITIONS[a].from.includes(status));
}

/** Whether leaving `from` for `to` gives back the seats the booking held. */
export function releasesCapacity(from: BookingStatus, to: BookingStatus): boolean {
  return HOLDING_STATUSES.includes(from) && !HOLDING_STATUSES.includes(to) && to !== "fulfilled" && to !== "no_show";
}

/** Changes staff make to an open request that are not a status move. */
export type RequestChange = "assign" | "reschedule" | "hand_over";

const CHANGE_STATUSES: Record<RequestChange, readonly BookingStatus[]> = {
  // Someone must still do something: the request is open.
  assign: ["requested", "confirmed", "in_progress"],
  // Only before it has begun; moving seats of a running session makes no sense.
  reschedule: ["requested", "confirmed"],
  hand_over: ["requested", "confirmed", "in_progress"],
};

export function canChangeRequest(change: RequestChange, status: BookingStatus): boolean {
  return CHANGE_STATUSES[change].includes(status);
}

/** The changes open to a request; rescheduling needs a session to move from. */
export function allowedRequestChanges(status: BookingStatus, options: { hasSession: boolean }): RequestChange[] {
  return (Object.keys(CHANGE_STATUSES) as RequestChange[]).filter(
    (change) => canChangeRequest(change, status) && (change !== "reschedule" || options.hasSession),
  );
}
