/**
 * A tiny CSV writer (RFC 4180) for exports opened in spreadsheets. Pure.
 *
 * Formula injection: a cell starting with = + - @ tab or carriage return is
 * run as a formula by Excel, LibreOffice and Google Sheets
 * (`=HYPERLINK("http://evil", "click")`). Such text cells get a leading `'`,
 * which spreadsheets show as text. Numbers we format ourselves are left alone.
 */

export const UTF8_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
