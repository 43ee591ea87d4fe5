import { toCsv } from "~/lib/csv";
import { cellText, type TMatrixColumn, type TMatrixProcess } from "./build-matrix";

/**
 * The comparison as the CSV a visitor downloads: a header row, then one row per chosen process, with
 * the chosen columns and the same "(English original)" markers as the page.
 */
export function matrixToCsv(
  processes: TMatrixProcess[],
  columns: readonly TMatrixColumn[],
  headers: Record<TMatrixColumn | "rcp", string>,
  marker: string,
): string {
  return toCsv([
    [headers.rcp, ...columns.map((column) => headers[column])],
    ...processes.map((row) => [row.rcp, ...columns.map((column) => cellText(row.cells[column], marker))]),
  ]);
}
