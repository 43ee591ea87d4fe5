"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "~/components/ui/button";
import { ListError } from "./controls";

type TRemoveProps = { item: string; onClick: () => void; className?: string };

/** Removes one item of a list; its accessible name says which. */
export function RemoveButton({ item, onClick, className }: TRemoveProps) {
  const t = useTranslations("EditProfile");
  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={onClick}
      className={className}
      aria-label={t("removeItem", { item })}
    >
      {t("remove")}
    </Button>
  );
}

/** Adds an item at the end of a list. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="secondary" size="sm" onClick={onClick}>
      {children}
    </Button>
  );
}

type TItemListProps = {
  legend: string;
  /** The list's field, whose error (too many items…) is shown under it. */
  name: string;
  count: number;
  addLabel: string;
  onAdd: () => void;
  /** The <li> of each item. */
  children: ReactNode;
};

/** An editable list of single fields: its items, "none yet" when empty, its error and an add button. */
export function ItemList({ legend, name, count, addLabel, onAdd, children }: TItemListProps) {
  const t = useTranslations("EditProfile");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{legend}</legend>
      {count === 0 && <p className="text-sm text-muted">{t("noItems")}</p>}
      <ol className="space-y-2">{children}</ol>
      <ListError name={name} />
      <AddButton onClick={onAdd}>{addLabel}</AddButton>
    </fieldset>
  );
}
