"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A schema's error key (see fields.ts) as a sentence in the reader's language. */
export function useFieldError() {
  const t = useTranslations("AdminForm.errors");
  return (message: string | undefined) =>
    message === undefined ? undefined : t.has(message as "invalid") ? t(message as "invalid") : t("invalid");
}

/** id, aria-invalid and aria-describedby for the control of a <Field>. */
export function controlProps(id: string, options: { help?: ReactNode; error?: string }) {
  const describedBy = [options.help ? `${id}-help` : null, options.error ? `${id}-error` : null].filter(
    Boolean,
  );
  return {
    id,
    "aria-invalid": options.error ? true : undefined,
    "aria-describedby": describedBy.length ? describedBy.join(" ") : undefined,
  };
}

type TFieldProps = {
  id: string;
  label: string;
  /** Said after the label in brackets, e.g. "optional". */
  hint?: string;
  /** For screen readers only, when a heading right above already says it. */
  isLabelHidden?: boolean;
  help?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
};

/** A label, its control, a help text and the field's error, tied together for screen readers. */
export function Field({ id, label, hint, isLabelHidden, help, error, children, className }: TFieldProps) {
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className={isLabelHidden ? "sr-only" : "block text-sm font-medium"}>
        {label}
        {hint && <span className="font-normal text-muted"> ({hint})</span>}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="text-sm text-muted">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "w-full rounded border border-line bg-surface px-3 py-2 aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";
export const buttonClass =
  "rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70";
export const secondaryButtonClass = "rounded border border-line px-4 py-2 font-medium hover:bg-brand-soft";
