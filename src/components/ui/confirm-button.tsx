"use client";

import { useState, type ReactNode } from "react";
import { Alert } from "./alert";
import { Button, type TButtonSize, type TButtonVariant } from "./button";
import { AlertDialogCancel, Dialog } from "./dialog";

type TProps = {
  /** The button that asks for confirmation. */
  children: ReactNode;
  /** Its accessible name when the visible text alone is ambiguous (one button per table row). */
  label?: string;
  /** The id of text that says more about what the button does. */
  describedBy?: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Said on the confirm button while the action runs. */
  pendingLabel?: string;
  cancelLabel: string;
  /** Resolves true when the action succeeded; the dialog then closes. */
  onConfirm: () => Promise<boolean>;
  isPending: boolean;
  /** Why the action failed, shown in the dialog, which stays open. */
  error?: string | null;
  isDanger?: boolean;
  triggerVariant?: TButtonVariant;
  triggerSize?: TButtonSize;
  /** Where focus goes once the dialog closes; by default back to the button. */
  focusOnClose?: () => HTMLElement | null;
};

/**
 * A button whose action runs only once the person confirms it in an alert dialog, which opens with
 * focus on Cancel, the harmless choice.
 */
export function ConfirmButton(props: TProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button
        aria-label={props.label}
        aria-describedby={props.describedBy}
        onClick={() => setIsOpen(true)}
        variant={props.triggerVariant ?? "secondary"}
        size={props.triggerSize ?? "sm"}
      >
        {props.children}
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        title={props.title}
        isAlert
        focusOnClose={props.focusOnClose}
      >
        <div className="text-muted">{props.body}</div>
        {props.error && <Alert tone="error">{props.error}</Alert>}
        <div className="flex flex-wrap justify-end gap-3">
          <AlertDialogCancel asChild>
            <Button variant="secondary">{props.cancelLabel}</Button>
          </AlertDialogCancel>
          <Button
            variant={props.isDanger ? "danger" : "primary"}
            disabled={props.isPending}
            onClick={() => void props.onConfirm().then((isDone) => isDone && setIsOpen(false))}
          >
            {props.isPending && props.pendingLabel ? props.pendingLabel : props.confirmLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
