// Reading a stays CSV exported by a property management system: limits, header, every row checked, errors per line.
import { CsvError, parse } from "csv-parse/sync";
import { csvStayRowSchema, issueKey, type StayInput } from "./stay-input";

export const CSV_MAX_BYTES = 2 * 1024 * 1024;
export const CSV_MAX_ROWS = 5000;

export const STAY_CSV_COLUMNS = [
  "reservation_code",
  "surname",
  "guest_name",
  "email",
  "room",
  "check_in",
  "check_out",
  "adults",
  "children_ages",
  "vip",
  "locale",
] as const;

const REQUIRED_COLUMNS = ["reservation_code", "surname", "check_in", "check_out"] as const;

/**
 * One problem, on a line of the file (1 = the header; null = the file as a whole), with the
 * column it is in, as a message key: "validation.day", "csv.duplicate_code:3", ….
 */
export type CsvLineError = { line: number | null; column?: string; key: string };

export type CsvStayRow = { line: number; stay: StayInput };

export type ParsedStaysCsv = { rows: CsvStayRow[]; errors: CsvLineError[] };

/** Exports from European systems often use semicolons; the header tells which one this file uses. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  if (header.includes("\t")) return "\t";
  return ",";
}

type Parsed = { record: string[]; info: { lines: number } };

export function parseStaysCsv(text: string): ParsedStaysCsv {
  if (Buffer.byteLength(text, "utf8") > CSV_MAX_BYTES) {
    return { rows: [], errors: [{ line: null, key: `csv.too_large:${CSV_MAX_BYTES / 1024 / 1024}` }] };
  }
  let records: Parsed[];
  try {
    // Mixed line endings confuse the record delimiter detection; one kind only.
    records = parse(text.replace(/\r\n?/g, "\n"), {
      bom: true,
      delimiter: detectDelimiter(text),
      trim: true,
      skip_empty_lines: true,
      // Rows with too few or too many values are reported with their line, not as one parse failure.
      relax_column_count: true,
      info: true,
    }) as unknown as Parsed[];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // e.g. a quote opened and never closed: csv-parse says on which line it gave up.
    return { rows: [], errors: [{ line: typeof err.lines === "number" ? err.lines : null, key: "csv.malformed" }] };
  }
  if (records.length === 0) return { rows: [], errors: [{ line: null, key: "csv.empty" }] };
  if (records.length - 1 > CSV_MAX_ROWS) {
    return { rows: [], errors: [{ line: null, key: `csv.too_many_rows:${CSV_MAX_ROWS}` }] };
  }

  const [head, ...body] = records;
  const columns = head.record.map((c) => c.trim().toLowerCase());
  const errors: CsvLineError[] = [];
  const headerLine = head.info.lines;
  for (const c of columns) {
    if (!(STAY_CSV_COLUMNS as readonly string[]).includes(c)) errors.push({ line: headerLine, column: c, key: "csv.unknown_column" });
  }
  for (const c of REQUIRED_COLUMNS) {
    if (!columns.includes(c)) errors.push({ line: headerLine, column: c, key: "csv.missing_column" });
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) errors.push({ line: headerLine, column: c, key: "csv.duplicate_column" });
    seen.add(c);
  }
  if (errors.length) return { rows: [], errors };
  if (body.length === 0) return { rows: [], errors: [{ line: null, key: "csv.no_rows" }] };

  const rows: CsvStayRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const { record, info } of body) {
    // csv-parse counts the line a record ends on; a quoted value may span lines, and users look for the first.
    const line = info.lines - (record.join("").match(/\n/g)?.length ?? 0);
    if (record.length !== columns.length) {
      errors.push({ line, key: `csv.column_count:${columns.length}` });
      continue;
    }
    const raw = Object.fromEntries(columns.map((c, i) => [c, record[i]]));
    const parsed = csvStayRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ line, column: issue.path.length ? String(issue.path[0]) : undefined, key: issueKey(issue) });
      }
      continue;
    }
    const code = parsed.data.reservationCode;
    const earlier = firstLineOfCode.get(code);
    if (earlier !== undefined) {
      errors.push({ line, column: "reservation_code", key: `csv.duplicate_code:${earlier}` });
      continue;
    }
    firstLineOfCode.set(code, line);
    rows.push({ line, stay: parsed.data });
  }
  return { rows, errors };
}
