"use client";

import { useState, type ReactNode } from "react";
import { Dialog } from "./dialog";

type TProps = {
  /** The button that asks for confirmation. */
  children: ReactNode;
  /** Its accessible name when the visible text alone is ambiguous (one button per table row). */
  label?: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Resolves true when the action succeeded; the dialog then closes. */
  onConfirm: () => Promise<boolean>;
  isPending: boolean;
  /** Why the action failed, shown in the dialog, which stays open. */
  error?: string | null;
  isDanger?: boolean;
  className?: string;
};

/** A button whose action runs only once the person confirms it in a dialog. */
export function ConfirmButton(props: TProps) {
  const [isOpen, setIsOpen] = useState(false);
  const confirmClass = props.isDanger
    ? "bg-danger text-white hover:bg-danger/90"
    : "bg-brand text-white hover:bg-brand-strong";
  return (
    <>
      <button
        type="button"
        aria-label={props.label}
        onClick={() => setIsOpen(true)}
        className={
          props.className ?? "rounded border border-line px-3 py-1.5 text-sm font-medium hover:bg-brand-soft"
        }
      >
        {props.children}
      </button>
      <Dialog isOpen={isOpen} onClose={() => setIsOpen(false)} title={props.title} isAlert>
        <div className="text-muted">{props.body}</div>
        {props.error && (
          <p role="alert" className="rounded bg-danger-soft px-3 py-2 text-sm text-danger">
            {props.error}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-3">
          <button
            type="button"
            onClick={() => setIsOpen(false)}
            className="rounded border border-line px-4 py-2 font-medium hover:bg-brand-soft"
          >
            {props.cancelLabel}
          </button>
          <button
            type="button"
            disabled={props.isPending}
            onClick={() => void props.onConfirm().then((isDone) => isDone && setIsOpen(false))}
            className={`rounded px-4 py-2 font-medium disabled:opacity-70 ${confirmClass}`}
          >
            {props.confirmLabel}
          </button>
        </div>
      </Dialog>
    </>
  );
}
