"use client";

import * as AlertDialogPrimitive from "@radix-ui/react-alert-dialog";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

type TProps = {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** For confirmations: an alert dialog. */
  isAlert?: boolean;
  /**
   * Where focus goes on closing, when not back to the control that opened it: the outcome of
   * the action, say, when the page around that control changes.
   */
  focusOnClose?: () => HTMLElement | null;
};

const CONTENT_CLASS =
  "fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-card border border-line bg-surface p-6 text-left text-ink shadow-xl";

/**
 * A modal dialog on Radix's primitives: focus moves into it and stays there, Escape closes it, the
 * rest of the page is hidden from assistive technology, and focus returns to the control that
 * opened it.
 */
export function Dialog({ isOpen, onClose, title, children, isAlert = false, focusOnClose }: TProps) {
  // AlertDialog has the same parts as Dialog, but is announced as an alert dialog and a click
  // outside does not dismiss it.
  const Primitive = isAlert ? AlertDialogPrimitive : DialogPrimitive;
  return (
    <Primitive.Root open={isOpen} onOpenChange={(isNowOpen) => !isNowOpen && onClose()}>
      <Primitive.Portal>
        <Primitive.Overlay className="fixed inset-0 z-40 bg-ink/50" />
        {/* The body is free-form (text, errors, buttons): the title alone names the dialog. */}
        <Primitive.Content
          className={CONTENT_CLASS}
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            const target = focusOnClose?.();
            if (!target) return;
            event.preventDefault();
            target.focus();
          }}
        >
          <Primitive.Title className="text-xl font-semibold">{title}</Primitive.Title>
          {children}
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  );
}

/** Closes the surrounding alert dialog; for its cancel button (`asChild` around a Button). */
export const AlertDialogCancel = AlertDialogPrimitive.Cancel;
