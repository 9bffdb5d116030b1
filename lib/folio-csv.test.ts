// Unit tests of the folio CSV: header, RFC 4180 quoting, CRLF, signs and decimals.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FOLIO_CSV_COLUMNS, folioCsv, type FolioCsvEntry } from "./folio-csv";

const charge: FolioCsvEntry = {
  kind: "charge",
  id: "b1",
  bookingId: "b1",
  day: "2026-06-15",
  endDay: null,
  reservationCode: "FAM-1001",
  room: "204",
  guestName: 'Elena "Lena" García, Jr.',
  serviceName: "Horse riding",
  reason: null,
  quantity: 2,
  amountMinor: 7000,
  taxMinor: 1118,
  currency: "EUR",
};

describe("folioCsv", () => {
  it("writes a header, CRLF lines and quotes only where RFC 4180 needs it", () => {
    const credit: FolioCsvEntry = { ...charge, kind: "credit", id: "c1", bookingId: "b1", reason: "Late,\nsorry", quantity: 1, amountMinor: -500, taxMinor: 0 };
    const csv = folioCsv([charge, credit]);
    expect(csv.split("\r\n")[0]).toBe(FOLIO_CSV_COLUMNS.join(","));
    expect(csv).toContain('"Elena ""Lena"" García, Jr."');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ type: "charge", description: "Horse riding", quantity: "2", amount: "70.00", tax: "11.18", booking_id: "b1", credit_id: "" });
    expect(rows[1]).toMatchObject({ type: "credit", description: "Credit for Horse riding: Late,\nsorry", amount: "-5.00", tax: "0.00", booking_id: "b1", credit_id: "c1" });
  });

  it("quotes a lone line feed or carriage return, which RFC 4180 allows only inside quotes", () => {
    const csv = folioCsv([{ ...charge, kind: "credit", id: "c2", reason: "Late\nsorry", quantity: 1, amountMinor: -500, taxMinor: 0 }, { ...charge, serviceName: "Cold\rroom" }]);
    expect(csv).toContain('"Credit for Horse riding: Late\nsorry"');
    expect(csv).toContain('"Cold\rroom"');
  });

  it("names a rental's days and writes just the header when there is nothing", () => {
    const rental = folioCsv([{ ...charge, endDay: "2026-06-17", serviceName: "Stroller" }]);
    expect(rental).toContain("Stroller (2026-06-15 to 2026-06-17)");
    expect(folioCsv([])).toBe(`${FOLIO_CSV_COLUMNS.join(",")}\r\n`);
  });
});
