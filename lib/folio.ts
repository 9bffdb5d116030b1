// What a folio charges: which booking statuses are on the bill, which are pending, and the totals.
import type { BookingStatus } from "./booking-status";

/** Confirmed or delivered (or held for a guest who did not come): on the bill. */
export const CHARGED_STATUSES: readonly BookingStatus[] = ["confirmed", "in_progress", "fulfilled", "no_show"];
/** Asked for, not yet confirmed: shown as awaiting confirmation, not in the total. */
export const PENDING_STATUSES: readonly BookingStatus[] = ["requested"];

export type FolioTotals = {
  chargesMinor: number;
  creditsMinor: number;
  /** Tax included in the charges (credits are given gross). */
  taxMinor: number;
  /** Charges less credits; negative when the hotel owes the guest. */
  balanceMinor: number;
  pendingMinor: number;
};

export function folioTotals(
  lines: readonly { kind: "charge" | "pending" | "credit"; amountMinor: number; taxMinor: number }[],
): FolioTotals {
  const totals = { chargesMinor: 0, creditsMinor: 0, taxMinor: 0, balanceMinor: 0, pendingMinor: 0 };
  for (const line of lines) {
    if (line.kind === "charge") {
      totals.chargesMinor += line.amountMinor;
      totals.taxMinor += line.taxMinor;
    } else if (line.kind === "credit") {
      // Credit lines carry a negative amount.
      totals.creditsMinor += -line.amountMinor;
    } else {
      totals.pendingMinor += line.amountMinor;
    }
  }
  totals.balanceMinor = totals.chargesMinor - totals.creditsMinor;
  return totals;
}
