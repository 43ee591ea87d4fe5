"use client";

// Labelled inputs of the edit form, wired to react-hook-form: each shows its error (already in the
// reader's language, see issue-message.ts) and points to it with aria-describedby.
import { useTranslations } from "next-intl";
import { useId } from "react";
import {
  get,
  useFormContext,
  useFormState,
  useWatch,
  type FieldPath,
  type RegisterOptions,
} from "react-hook-form";
import { inputClass, SelectOptions } from "~/components/ui/form-field";
import { TEXT_LANGUAGES, type TEditableProfileInput } from "~/domain/rcp/profile-schema";

export type TValues = TEditableProfileInput;
export const path = (name: string) => name as FieldPath<TValues>;

/**
 * The value a field starts with, rendered into the HTML so the server-rendered form already shows
 * it; after hydration react-hook-form owns the element's value.
 */
export function useInitialValue(name: string): string {
  const { getValues } = useFormContext<TValues>();
  const value: unknown = getValues(path(name));
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState<TValues>({ name: path(name) });
  const error: { message?: string; root?: { message?: string } } | undefined = get(errors, name);
  return error?.message ?? error?.root?.message;
}

export function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-danger">
      {message}
    </p>
  );
}

export type TLabelMode = "visible" | "hidden" | "narrow";

const LABEL_CLASS: Record<TLabelMode, string> = {
  visible: "block text-sm font-medium",
  hidden: "sr-only",
  // In rows under column headings: shown on narrow screens, where the headings are not.
  narrow: "block text-xs font-medium text-muted md:sr-only",
};

export function FieldLabel({
  htmlFor,
  label,
  prefix,
  mode = "visible",
}: {
  htmlFor: string;
  label: string;
  /** Read by screen readers only, e.g. which row of a list the field belongs to. */
  prefix?: string;
  mode?: TLabelMode;
}) {
  return (
    <label htmlFor={htmlFor} className={LABEL_CLASS[mode]}>
      {prefix && <span className="sr-only">{prefix}: </span>}
      {label}
    </label>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

type TFieldProps = {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "url" | "number";
  options?: RegisterOptions<TValues>;
  labelMode?: TLabelMode;
  labelPrefix?: string;
  className?: string;
};

export function TextField({
  name,
  label,
  hint,
  type = "text",
  options,
  labelMode,
  labelPrefix,
  className,
}: TFieldProps) {
  const { register } = useFormContext<TValues>();
  const initial = useInitialValue(name);
  const id = useId();
  const error = useFieldError(name);
  return (
    <div className={className ?? "space-y-1"}>
      <FieldLabel htmlFor={id} label={label} prefix={labelPrefix} mode={labelMode} />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        defaultValue={initial}
        {...register(path(name), options)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={inputClass}
      />
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

type TSelectProps = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** First option, meaning "none" (stored as null). */
  emptyLabel?: string;
  labelMode?: TLabelMode;
  labelPrefix?: string;
  onValueChange?: (value: string) => void;
};

export function SelectField({
  name,
  label,
  options,
  emptyLabel,
  labelMode,
  labelPrefix,
  onValueChange,
}: TSelectProps) {
  const { register } = useFormContext<TValues>();
  const initial = useInitialValue(name);
  const id = useId();
  const error = useFieldError(name);
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={id} label={label} prefix={labelPrefix} mode={labelMode} />
      <select
        id={id}
        defaultValue={initial}
        {...register(path(name), {
          setValueAs: emptyLabel === undefined ? undefined : (value: string) => value || null,
          onChange: onValueChange
            ? (event: { target: { value: string } }) => onValueChange(event.target.value)
            : undefined,
        })}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        className={inputClass}
      >
        <SelectOptions options={options} emptyLabel={emptyLabel} />
      </select>
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

type TLocalizedProps = { name: string; label: string; rows?: number; hint?: string };

/**
 * A text in its three languages side by side, English first (the original translations are
 * made from); an empty translation of a written text is marked in words, not only by colour.
 */
export function LocalizedTextField({ name, label, rows = 4, hint }: TLocalizedProps) {
  const id = useId();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      <div className="grid gap-3 lg:grid-cols-3">
        {TEXT_LANGUAGES.map((language) => (
          <LanguageBox key={language} name={name} language={language} rows={rows} label={label} />
        ))}
      </div>
    </fieldset>
  );
}

function LanguageBox({
  name,
  language,
  rows,
  label,
}: {
  name: string;
  language: (typeof TEXT_LANGUAGES)[number];
  rows: number;
  label: string;
}) {
  const t = useTranslations("EditProfile");
  const { register } = useFormContext<TValues>();
  const id = useId();
  const field = `${name}.${language}`;
  const initial = useInitialValue(field);
  const [english, own]: readonly unknown[] = useWatch<TValues>({ name: [path(`${name}.en`), path(field)] });
  const error = useFieldError(field);
  const isMissing = language !== "en" && Boolean(english) && !own;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="sr-only">{label} — </span>
        <span className="font-medium">{t(`languages.${language}`)}</span>
        {language === "en" && <span className="text-xs text-muted">({t("original")})</span>}
        {isMissing && (
          <span className="rounded bg-danger-soft px-1.5 py-0.5 text-xs font-medium text-danger">
            {t("translationMissing")}
          </span>
        )}
      </label>
      <textarea
        id={id}
        lang={language}
        rows={rows}
        defaultValue={initial}
        {...register(path(field))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        // Grows with its text, so a long answer can be read whole before saving.
        className={`${inputClass} field-sizing-content min-h-20`}
      />
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

/** An error on a whole list (e.g. too many items). */
export function ListError({ name }: { name: string }) {
  const id = useId();
  return <ErrorText id={id} message={useFieldError(name)} />;
}
