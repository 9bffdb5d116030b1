// The notes the system writes on a request's trail by itself, kept as English sentences in booking_events.note (the
// audit record); the trail recognises them here to show them in the reader's language (staff.common.trail).
export const EXPIRED_NOTE = "Not answered in time";

/** The note on each booking made as part of a package. */
export function packageNote(packageSlug: string): string {
  return `Package: ${packageSlug}`;
}

/** Which system note a stored note is, with its values; null for free text (a decline reason, a staff note). */
export function systemNoteOf(note: string | null): { key: "notAnsweredInTime" } | { key: "package"; slug: string } | null {
  if (note === EXPIRED_NOTE) return { key: "notAnsweredInTime" };
  const pkg = note?.match(/^Package: ([a-z0-9-]+)$/);
  return pkg ? { key: "package", slug: pkg[1] } : null;
}
