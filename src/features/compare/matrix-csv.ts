import { stringify } from "csv-stringify/sync";
import type { TMatrix, TMatrixColumn } from "./build-matrix";

/**
 * CSV that spreadsheets open correctly: UTF-8 with a byte-order mark (Excel otherwise guesses a
 * legacy encoding and breaks accented names), CRLF line ends, every field quoted.
 */
export function matrixToCsv(
  matrix: TMatrix,
  columns: TMatrixColumn[],
  headers: Record<TMatrixColumn | "rcp", string>,
): string {
  const records = [
    [headers.rcp, ...columns.map((column) => headers[column])],
    ...matrix.rows.map((row) => [row.rcp, ...columns.map((column) => row.cells[column])]),
  ];
  return `\uFEFF${stringify(records, { quoted: true, record_delimiter: "windows" })}`;
}
