// Unit tests of the PMS stays CSV reader: formats, limits, header, and an error per bad line.
import { describe, expect, it } from "vitest";
import { CSV_MAX_BYTES, CSV_MAX_ROWS, parseStaysCsv, STAY_CSV_COLUMNS } from "./csv-stays";

const HEADER = STAY_CSV_COLUMNS.join(",");

describe("parseStaysCsv", () => {
  it("reads a good file: both date formats, ages by ; or space, VIP words, BOM and CRLF", () => {
    const text =
      "\uFEFF" +
      [
        HEADER,
        "ab-100,Garcia,Elena Garcia,ELENA@example.com,204,2026-07-01,2026-07-05,2,1;7,yes,es",
        "AB-101,Novak,,,,14.07.2026,16.07.2026,,,0,",
        '"AB-102","Smith, Jr.","John ""JJ"" Smith",,12,2026-07-01,2026-07-02,1,"3 11",1,en-GB',
      ].join("\r\n") +
      "\r\n";
    const { rows, errors } = parseStaysCsv(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(rows[0].stay).toEqual({
      reservationCode: "AB-100",
      surname: "Garcia",
      guestName: "Elena Garcia",
      email: "elena@example.com",
      room: "204",
      checkIn: "2026-07-01",
      checkOut: "2026-07-05",
      adults: 2,
      childrenAges: [1, 7],
      vip: true,
      locale: "es",
    });
    expect(rows[1].stay).toMatchObject({ guestName: "Novak", email: null, room: null, checkIn: "2026-07-14", checkOut: "2026-07-16", adults: 1, childrenAges: [], vip: false, locale: null });
    expect(rows[2].stay).toMatchObject({ surname: "Smith, Jr.", guestName: 'John "JJ" Smith', childrenAges: [3, 11], locale: "en-gb" });
  });

  it("accepts a semicolon-separated export with the columns in another order", () => {
    const text = "surname;reservation_code;check_in;check_out;children_ages\nGarcia;X-1;2026-07-01;2026-07-03;1 7\n";
    const { rows, errors } = parseStaysCsv(text);
    expect(errors).toEqual([]);
    expect(rows[0].stay).toMatchObject({ reservationCode: "X-1", childrenAges: [1, 7], adults: 1 });
  });

  it("reports every bad row with its line and column, and keeps the good ones apart", () => {
    const text = [
      HEADER,
      "OK-1,Garcia,Elena,,1,2026-07-01,2026-07-05,2,,,",
      "", // an empty line still counts in the numbering
      "BAD-1,Novak,Petra,not-an-email,2,2026-07-05,2026-07-01,2,,,",
      "BAD-2,,X,,3,2026-02-30,2026-03-01,0,4;18,maybe,",
      "OK-1,Again,A,,4,2026-07-01,2026-07-02,1,,,",
      "SHORT-1,Short",
      '"MULTI-1","Line\nbreak",Name,,5,2026-07-01,bad,1,,,',
    ].join("\n");
    const { rows, errors } = parseStaysCsv(text);
    expect(rows.map((r) => r.stay.reservationCode)).toEqual(["OK-1"]);
    const at = (line: number) => errors.filter((e) => e.line === line).map((e) => `${e.column}:${e.key}`);
    expect(at(4)).toEqual(["email:validation.email", "check_out:validation.check_out_after_check_in"]);
    expect(at(5)).toEqual(
      expect.arrayContaining(["surname:validation.required", "check_in:validation.day", "adults:validation.too_small:1", "children_ages:validation.child_ages", "vip:validation.vip"]),
    );
    expect(at(6)).toEqual(["reservation_code:csv.duplicate_code:2"]);
    expect(at(7)).toEqual([`undefined:csv.column_count:${STAY_CSV_COLUMNS.length}`]);
    // A quoted value spanning two lines is reported on the line it starts on.
    expect(at(8)).toEqual(["check_out:validation.day"]);
  });

  it("refuses unknown, missing and repeated columns", () => {
    const { rows, errors } = parseStaysCsv("reservation_code,surname,check_in,chek_out,room,room\nA-1,B,2026-07-01,2026-07-02,1,1\n");
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 1, column: "chek_out", key: "csv.unknown_column" },
      { line: 1, column: "check_out", key: "csv.missing_column" },
      { line: 1, column: "room", key: "csv.duplicate_column" },
    ]);
  });

  it("says when a file is empty, has no rows, or has an unclosed quote", () => {
    expect(parseStaysCsv("").errors).toEqual([{ line: null, key: "csv.empty" }]);
    expect(parseStaysCsv(`${HEADER}\n`).errors).toEqual([{ line: null, key: "csv.no_rows" }]);
    expect(parseStaysCsv(`${HEADER}\n"A-1,B\n`).errors).toEqual([{ line: 2, key: "csv.malformed" }]);
  });

  it("enforces the limits: at most 5 000 rows and 2 MB", () => {
    const row = (i: number) => `L-${i},S,,,,2026-07-01,2026-07-02,1,,,`;
    const atLimit = [HEADER, ...Array.from({ length: CSV_MAX_ROWS }, (_, i) => row(i))].join("\n");
    const ok = parseStaysCsv(atLimit);
    expect(ok.errors).toEqual([]);
    expect(ok.rows).toHaveLength(CSV_MAX_ROWS);
    expect(parseStaysCsv(`${atLimit}\n${row(CSV_MAX_ROWS)}`).errors).toEqual([{ line: null, key: `csv.too_many_rows:${CSV_MAX_ROWS}` }]);
    const big = `${HEADER}\n${"x".repeat(CSV_MAX_BYTES)}`;
    expect(parseStaysCsv(big).errors).toEqual([{ line: null, key: "csv.too_large:2" }]);
  });
});
