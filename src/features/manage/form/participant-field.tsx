"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { inputClass } from "~/components/ui/form-field";
import type { TNameLookup } from "../profile-labels";
import {
  ErrorText,
  FieldLabel,
  path,
  useFieldError,
  useInitialValue,
  type TLabelMode,
  type TValues,
} from "./controls";

/** Suggestions for every participant field of the form: type a name, get its code. */
export function ParticipantOptions({
  id,
  options,
}: {
  id: string;
  options: { code: string; name: string }[];
}) {
  return (
    <datalist id={id}>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </datalist>
  );
}

type TProps = {
  name: string;
  label: string;
  labelPrefix?: string;
  labelMode?: TLabelMode;
  listId: string;
  lookup: TNameLookup;
};

/** A participant chosen by its code, with the name the code stands for shown next to it. */
export function ParticipantField({ name, label, labelPrefix, labelMode = "hidden", listId, lookup }: TProps) {
  const t = useTranslations("EditProfile");
  const { register } = useFormContext<TValues>();
  const id = useId();
  const initial = useInitialValue(name);
  const code = useWatch<TValues>({ name: path(name) }) as string | undefined;
  const error = useFieldError(name);
  const trimmed = code?.trim() ?? "";
  const resolved = trimmed ? lookup.participant(trimmed) : null;
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={id} label={label} prefix={labelPrefix} mode={labelMode} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          id={id}
          list={listId}
          autoComplete="off"
          spellCheck={false}
          defaultValue={initial}
          {...register(path(name))}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-name`, error && `${id}-error`].filter(Boolean).join(" ")}
          className={`${inputClass} max-w-40 font-mono`}
        />
        <span id={`${id}-name`} className={resolved ? "text-sm" : "text-sm text-muted italic"}>
          {resolved ?? (trimmed ? t("unknownParticipant") : "")}
        </span>
      </div>
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}
