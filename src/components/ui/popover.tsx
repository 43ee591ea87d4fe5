"use client";

import * as PopoverPrimitive from "@radix-ui/react-popover";
import type { ReactNode } from "react";

type TProps = {
  /** The button that opens the popover (rendered as given, so it keeps its own look). */
  trigger: ReactNode;
  /** Names the popover for screen readers. */
  label: string;
  children: ReactNode;
  align?: "start" | "center" | "end";
};

/**
 * Extra content shown next to a button on demand, on Radix's primitive: it takes focus when it
 * opens, closes on Escape or a click outside, and gives focus back to the button.
 */
export function Popover({ trigger, label, children, align = "center" }: TProps) {
  return (
    <PopoverPrimitive.Root>
      <PopoverPrimitive.Trigger asChild>{trigger}</PopoverPrimitive.Trigger>
      <PopoverPrimitive.Portal>
        <PopoverPrimitive.Content
          aria-label={label}
          align={align}
          sideOffset={4}
          className="z-50 max-w-sm rounded-card border border-line bg-surface p-4 text-sm text-ink shadow-lg"
        >
          {children}
        </PopoverPrimitive.Content>
      </PopoverPrimitive.Portal>
    </PopoverPrimitive.Root>
  );
}
