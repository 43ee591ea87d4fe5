"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

type TProps = {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** For confirmations: the dialog is announced as an alert dialog. */
  isAlert?: boolean;
};

/**
 * A modal dialog on the browser's own <dialog>: it traps focus, closes on Escape and gives focus
 * back to the control that opened it.
 */
export function Dialog({ isOpen, onClose, title, children, isAlert = false }: TProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      role={isAlert ? "alertdialog" : undefined}
      aria-labelledby={titleId}
      // React passes a nested dialog's close event up the component tree: only this one's counts.
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-0 text-left text-ink shadow-xl backdrop:bg-ink/50"
    >
      {isOpen && (
        <div className="space-y-4 p-6">
          <h2 id={titleId} className="text-xl font-semibold">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
