import type { ReactNode } from "react";
import { RowHeader, Table, Td } from "~/components/ui/table";

/** A bordered table with a header row; rows are given as cells, the first one heading its row. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <Table caption={caption} columns={columns}>
      {rows.map((row) => (
        <tr key={row.key}>
          {row.cells.map((cell, index) =>
            index === 0 ? <RowHeader key={index}>{cell}</RowHeader> : <Td key={index}>{cell}</Td>,
          )}
        </tr>
      ))}
    </Table>
  );
}
