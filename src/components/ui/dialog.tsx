"use client";

import * as AlertDialogPrimitive from "@radix-ui/react-alert-dialog";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

type TProps = {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** For confirmations: an alert dialog, which a click outside does not dismiss. */
  isAlert?: boolean;
};

const OVERLAY_CLASS = "fixed inset-0 z-40 bg-ink/50";
const CONTENT_CLASS =
  "fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-card border border-line bg-surface p-6 text-left text-ink shadow-xl";
const TITLE_CLASS = "text-xl font-semibold";

/**
 * A modal dialog on Radix's primitives: focus moves into it and stays there, Escape closes it, the
 * rest of the page is hidden from assistive technology, and focus returns to the control that
 * opened it.
 */
export function Dialog({ isOpen, onClose, title, children, isAlert = false }: TProps) {
  const onOpenChange = (isNowOpen: boolean) => {
    if (!isNowOpen) onClose();
  };
  if (isAlert) {
    return (
      <AlertDialogPrimitive.Root open={isOpen} onOpenChange={onOpenChange}>
        <AlertDialogPrimitive.Portal>
          <AlertDialogPrimitive.Overlay className={OVERLAY_CLASS} />
          {/* The body is free-form (text, errors, buttons): the title alone names the dialog. */}
          <AlertDialogPrimitive.Content className={CONTENT_CLASS} aria-describedby={undefined}>
            <AlertDialogPrimitive.Title className={TITLE_CLASS}>{title}</AlertDialogPrimitive.Title>
            {children}
          </AlertDialogPrimitive.Content>
        </AlertDialogPrimitive.Portal>
      </AlertDialogPrimitive.Root>
    );
  }
  return (
    <DialogPrimitive.Root open={isOpen} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={OVERLAY_CLASS} />
        <DialogPrimitive.Content className={CONTENT_CLASS} aria-describedby={undefined}>
          <DialogPrimitive.Title className={TITLE_CLASS}>{title}</DialogPrimitive.Title>
          {children}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

/** Closes the surrounding alert dialog; for its cancel button (`asChild` around a Button). */
export const AlertDialogCancel = AlertDialogPrimitive.Cancel;
