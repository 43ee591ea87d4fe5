"use client";

import * as DropdownMenuPrimitive from "@radix-ui/react-dropdown-menu";
import type { ComponentProps, ReactNode } from "react";
import { cx } from "./class-names";

type TProps = {
  /** The button that opens the menu (rendered as given, so it keeps its own look). */
  trigger: ReactNode;
  children: ReactNode;
  align?: "start" | "center" | "end";
};

/**
 * A menu of actions behind a button, on Radix's primitive: arrow keys move between items, typing
 * a letter jumps to an item, Escape closes it and gives focus back to the button.
 */
export function DropdownMenu({ trigger, children, align = "end" }: TProps) {
  return (
    <DropdownMenuPrimitive.Root>
      <DropdownMenuPrimitive.Trigger asChild>{trigger}</DropdownMenuPrimitive.Trigger>
      <DropdownMenuPrimitive.Portal>
        <DropdownMenuPrimitive.Content
          align={align}
          sideOffset={4}
          className="z-50 min-w-48 rounded-card border border-line bg-surface p-1 text-sm text-ink shadow-lg"
        >
          {children}
        </DropdownMenuPrimitive.Content>
      </DropdownMenuPrimitive.Portal>
    </DropdownMenuPrimitive.Root>
  );
}

const ITEM_CLASS =
  "flex w-full cursor-pointer items-center rounded px-3 py-2 text-left font-medium text-ink outline-none select-none data-highlighted:bg-brand-soft data-highlighted:outline-2 data-highlighted:outline-focus";

/** One action of the menu; `asChild` makes a Link an item that navigates. */
export function DropdownMenuItem({ className, ...rest }: ComponentProps<typeof DropdownMenuPrimitive.Item>) {
  return <DropdownMenuPrimitive.Item className={cx(ITEM_CLASS, className)} {...rest} />;
}

/** Text in the menu that is not an action (who is signed in). */
export function DropdownMenuLabel({
  className,
  ...rest
}: ComponentProps<typeof DropdownMenuPrimitive.Label>) {
  return <DropdownMenuPrimitive.Label className={cx("px-3 py-2 text-muted", className)} {...rest} />;
}

export function DropdownMenuSeparator() {
  return <DropdownMenuPrimitive.Separator className="my-1 h-px bg-line" />;
}
