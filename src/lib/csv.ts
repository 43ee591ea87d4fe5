import { stringify } from "csv-stringify/sync";

export type TCsvCell = string | number | null | undefined;

/**
 * Every CSV the platform writes goes through here: it is opened in spreadsheets by people who did
 * not write its text. UTF-8 with a byte-order mark (Excel otherwise guesses a legacy encoding and
 * breaks accented names), CRLF line ends, every field quoted, and any text a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) prefixed with a single quote so
 * it is shown as text.
 */
export function toCsv(records: readonly (readonly TCsvCell[])[]): string {
  const rows = records.map((record) => record.map((cell) => cell ?? ""));
  return `\uFEFF${stringify(rows, { quoted: true, record_delimiter: "windows", escape_formulas: true })}`;
}
