// The folio export for a PMS: one CSV row per charge or credit, RFC 4180 (quoted where needed, CRLF), UTF-8.
import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "./csv";
import { formatMinorPlain } from "./money";

export const FOLIO_CSV_COLUMNS = [
  "date",
  "reservation_code",
  "room",
  "guest",
  "type",
  "description",
  "quantity",
  "amount",
  "tax",
  "currency",
  "booking_id",
  "credit_id",
] as const;

export type FolioCsvEntry = {
  kind: "charge" | "pending" | "credit";
  id: string;
  bookingId: string | null;
  day: string;
  endDay: string | null;
  reservationCode: string;
  room: string | null;
  guestName: string;
  /** The service's name (English, the PMS's language of record), if any. */
  serviceName: string | null;
  reason: string | null;
  quantity: number;
  amountMinor: number;
  taxMinor: number;
  currency: string;
};

function describe(e: FolioCsvEntry): string {
  if (e.kind === "credit") return `Credit${e.serviceName ? ` for ${e.serviceName}` : ""}: ${e.reason ?? ""}`;
  const days = e.endDay && e.endDay !== e.day ? ` (${e.day} to ${e.endDay})` : "";
  return `${e.serviceName ?? ""}${days}`;
}

/** The header row's text per column: the staff member's language (staff.common.csvHeader); the column names by default. */
export type CsvHeader = (column: string) => string;

export function folioCsv(entries: readonly FolioCsvEntry[], header: CsvHeader = (column) => column): string {
  return stringify(
    entries.map((e) => ({
      date: e.day,
      reservation_code: e.reservationCode,
      room: e.room ?? "",
      guest: e.guestName,
      type: e.kind === "credit" ? "credit" : "charge",
      description: describe(e),
      quantity: e.kind === "credit" ? 1 : e.quantity,
      amount: formatMinorPlain(e.amountMinor, e.currency),
      tax: formatMinorPlain(e.taxMinor, e.currency),
      currency: e.currency,
      booking_id: e.kind === "credit" ? (e.bookingId ?? "") : e.id,
      credit_id: e.kind === "credit" ? e.id : "",
    })),
    { ...CSV_OPTIONS, header: true, columns: FOLIO_CSV_COLUMNS.map((key) => ({ key, header: header(key) })) },
  );
}
