/**
 * CSV for spreadsheets (RFC 4180), pure. The file starts with a UTF-8 byte-order mark so Excel reads
 * Arabic as UTF-8, lines end in CRLF, and a text cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe: an article
 * title is untrusted input and must not become `=HYPERLINK(…)` in an analyst's Excel (OWASP "CSV
 * injection").
 */

export const UTF8_BOM = "\uFEFF";

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => unknown;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One value as text: dates in ISO 8601, lists joined with "; ", nothing for null. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cellText).join("; ");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** One cell, neutralised against formulas and quoted when it holds quotes, commas or line breaks. */
export function csvCell(value: unknown): string {
  let text = cellText(value);
  // Numbers are data, not formulas: only text that starts like a formula is defused.
  if (typeof value !== "number" && typeof value !== "bigint" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** The whole file: BOM, a header line, one line per row. */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Iterable<Row>): string {
  let out = UTF8_BOM + csvLine(columns.map((c) => c.header));
  for (const row of rows) out += csvLine(columns.map((c) => c.value(row)));
  return out;
}
