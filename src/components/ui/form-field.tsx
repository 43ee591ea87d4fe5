import type { InputHTMLAttributes, ReactNode, Ref } from "react";

type TProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  ref?: Ref<HTMLInputElement>;
  /** Already translated. */
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose hint and error are announced with it (aria-describedby, aria-invalid). */
export function FormField({ id, label, error, hint, className, ...input }: TProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded border px-3 py-2 ${error ? "border-danger" : "border-line"} ${className ?? ""}`}
        {...input}
      />
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
