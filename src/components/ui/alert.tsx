import type { ReactNode } from "react";
import { cx } from "./class-names";

export type TAlertTone = "info" | "success" | "warning" | "error";

const TONE: Record<TAlertTone, string> = {
  info: "bg-brand-soft text-ink",
  success: "bg-success-soft text-success",
  warning: "bg-warning-soft text-warning",
  error: "bg-danger-soft text-danger",
};

type TProps = {
  tone: TAlertTone;
  children: ReactNode;
  /** Set when the message must interrupt; by default only errors do. */
  isUrgent?: boolean;
  className?: string;
};

/**
 * A message about what just happened. Errors are announced at once (role=alert); the other tones
 * politely (role=status), after what the reader is hearing.
 */
export function Alert({ tone, children, isUrgent = tone === "error", className }: TProps) {
  return (
    <div
      role={isUrgent ? "alert" : "status"}
      className={cx("space-y-1 rounded px-3 py-2 text-sm", TONE[tone], className)}
    >
      {children}
    </div>
  );
}

type TInlineProps = { tone: "success" | "error"; children: ReactNode; className?: string };

/** A one-line outcome next to the control that caused it; nothing when there is nothing to say. */
export function InlineMessage({ tone, children, className }: TInlineProps) {
  if (!children) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={cx("text-sm font-medium", tone === "error" ? "text-danger" : "text-success", className)}
    >
      {children}
    </p>
  );
}
