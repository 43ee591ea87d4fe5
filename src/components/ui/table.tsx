import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./class-names";

export type TColumn = {
  label: ReactNode;
  /** Said to screen readers only, e.g. over a column of row actions. */
  isLabelHidden?: boolean;
  /** The order the rows are in by this column, when the table can be sorted by it. */
  sort?: "ascending" | "descending";
  className?: string;
};

type TTableProps = {
  /** Names the table and its scrolling region; hidden unless `isCaptionVisible`. */
  caption: string;
  isCaptionVisible?: boolean;
  /** The header row; each cell is a column header (scope=col). */
  columns: readonly (TColumn | string)[];
  children: ReactNode;
  className?: string;
  /**
   * Said above the table on narrow screens, where its columns do not fit: a faint shadow alone
   * does not tell people on a phone that the table scrolls sideways.
   */
  scrollHint?: string;
};

/**
 * A data table in a box that scrolls sideways on narrow screens. The box is a named, focusable
 * region so that keyboard users can scroll it too, and shadows show which side hides columns.
 */
export function Table(props: TTableProps) {
  const { caption, isCaptionVisible = false, columns, children, className, scrollHint } = props;
  const hintId = useId();
  const region = (
    <div
      role="region"
      aria-label={caption}
      aria-describedby={scrollHint ? hintId : undefined}
      tabIndex={0}
      className="scroll-shadows overflow-x-auto rounded-card border border-line"
    >
      <table className={cx("w-full text-left text-sm", className)}>
        <caption className={isCaptionVisible ? "px-3 py-2 text-left font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            {columns.map((column, index) => {
              const {
                label,
                isLabelHidden,
                sort,
                className: columnClass,
              } = typeof column === "string" ? { label: column } : column;
              return (
                <th
                  key={index}
                  scope="col"
                  aria-sort={sort}
                  className={cx("px-3 py-2 font-semibold", columnClass)}
                >
                  {isLabelHidden ? <span className="sr-only">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
  if (!scrollHint) return region;
  return (
    <div className="space-y-1">
      <p id={hintId} className="text-sm text-muted sm:hidden">
        <span aria-hidden="true">↔ </span>
        {scrollHint}
      </p>
      {region}
    </div>
  );
}

/** A data cell, top-aligned so that rows of uneven height stay readable. */
export function Td({ className, ...rest }: ComponentProps<"td">) {
  return <td className={cx("px-3 py-2 align-top", className)} {...rest} />;
}

/** The cell that names its row (scope=row), in the weight of the other cells. */
export function RowHeader({ className, ...rest }: ComponentProps<"th">) {
  return <th scope="row" className={cx("px-3 py-2 align-top font-normal", className)} {...rest} />;
}
