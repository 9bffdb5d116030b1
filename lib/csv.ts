// The one way this app writes CSV (RFC 4180): CRLF between records, and a field quoted when it holds a
// comma, a double quote, or any CR or LF — csv-stringify quotes only the record delimiter itself
// unless told, so a lone LF (a credit reason typed over two lines) would split the row.
import type { Options } from "csv-stringify";

export const CSV_OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const satisfies Options;
