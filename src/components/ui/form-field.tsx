import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from "react";
import { cx } from "./class-names";

/** id, aria-invalid and aria-describedby for the control of a <Field>: its help, then its error. */
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
  label: ReactNode;
  /** Said after the label in brackets, e.g. "optional". */
  hint?: string;
  /** For screen readers only, when a heading right above already says it. */
  isLabelHidden?: boolean;
  help?: ReactNode;
  /** Shown before the control instead of after it, for advice to read before typing. */
  isHelpFirst?: boolean;
  /** Already translated. */
  error?: string;
  children: ReactNode;
  className?: string;
};

/**
 * A label, its control (any input, select or textarea given `controlProps(id, …)`), a help text
 * and the field's error, tied together for screen readers.
 */
export function Field({
  id,
  label,
  hint,
  isLabelHidden,
  help,
  isHelpFirst,
  error,
  children,
  className,
}: TFieldProps) {
  const helpText = help && (
    <p id={`${id}-help`} className="text-sm text-muted">
      {help}
    </p>
  );
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className={isLabelHidden ? "sr-only" : "block text-sm font-medium"}>
        {label}
        {hint && <span className="font-normal text-muted"> ({hint})</span>}
      </label>
      {isHelpFirst && helpText}
      {children}
      {!isHelpFirst && helpText}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

type TFormFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  ref?: Ref<HTMLInputElement>;
  /** Already translated. */
  error?: string;
  /** Advice shown between the label and the input. */
  hint?: ReactNode;
  /** Classes of the field around the input (its place in a grid). */
  fieldClassName?: string;
};

/** A labelled text input whose hint and error are announced with it: the common case of <Field>. */
export function FormField({ id, label, error, hint, className, fieldClassName, ...input }: TFormFieldProps) {
  return (
    <Field id={id} label={label} help={hint} isHelpFirst error={error} className={fieldClassName}>
      <input className={cx(inputClass, className)} {...controlProps(id, { help: hint, error })} {...input} />
    </Field>
  );
}

/** A text input, select or textarea; marked in colour and outline when invalid. */
export const inputClass =
  "w-full rounded border border-line bg-surface px-3 py-2 aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger disabled:bg-canvas";

export type TOption = { value: string; label: string };

/** The options of a select, after an optional first one with the empty value ("any", "none"). */
export function SelectOptions({ options, emptyLabel }: { options: readonly TOption[]; emptyLabel?: string }) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

type TSelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: ReactNode;
  ref?: Ref<HTMLSelectElement>;
  options: readonly TOption[];
  /** A first option with the empty value ("any", "none"). */
  emptyLabel?: string;
  /** Already translated. */
  error?: string;
  help?: ReactNode;
  fieldClassName?: string;
};

/** A labelled select whose help and error are announced with it. */
export function SelectField({
  id,
  label,
  options,
  emptyLabel,
  error,
  help,
  fieldClassName,
  className,
  ...select
}: TSelectFieldProps) {
  return (
    <Field id={id} label={label} help={help} error={error} className={fieldClassName}>
      <select className={cx(inputClass, className)} {...controlProps(id, { help, error })} {...select}>
        <SelectOptions options={options} emptyLabel={emptyLabel} />
      </select>
    </Field>
  );
}
