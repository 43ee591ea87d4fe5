import { toCsv } from "~/lib/csv";
import type { TMatrix, TMatrixColumn } from "./build-matrix";

/** The comparison matrix as the CSV a visitor downloads: a header row, then one row per RCP. */
export function matrixToCsv(
  matrix: TMatrix,
  columns: TMatrixColumn[],
  headers: Record<TMatrixColumn | "rcp", string>,
): string {
  return toCsv([
    [headers.rcp, ...columns.map((column) => headers[column])],
    ...matrix.rows.map((row) => [row.rcp, ...columns.map((column) => row.cells[column])]),
  ]);
}
