import type { FormEventHandler, ReactNode } from "react";
import { Link } from "~/i18n/navigation";
import { cx } from "./class-names";
import { Button } from "./button";

type TProps = {
  /** Names the search landmark. */
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The grid's columns, e.g. "sm:grid-cols-2 lg:grid-cols-5". */
  className: string;
  /** The span of the row of buttons in that grid. */
  actionsClassName: string;
  applyLabel: string;
  /** The unfiltered list. */
  clearHref: string;
  clearLabel: string;
  children: ReactNode;
};

/** Filters over a list: a search landmark of fields, a button to apply them and a link to clear them. */
export function SearchForm(props: TProps) {
  return (
    <form
      role="search"
      aria-label={props.label}
      noValidate
      onSubmit={props.onSubmit}
      className={cx("grid gap-4 rounded-card border border-line bg-surface p-4", props.className)}
    >
      {props.children}
      <div className={cx("flex flex-wrap items-end gap-4", props.actionsClassName)}>
        <Button type="submit">{props.applyLabel}</Button>
        <Link href={props.clearHref} className="py-2 font-medium">
          {props.clearLabel}
        </Link>
      </div>
    </form>
  );
}
