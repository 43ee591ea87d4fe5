"use client";

import { useTranslations } from "next-intl";
import { FormShellBar } from "~/components/ui/form-shell";

export type TNotice =
  | { kind: "saved"; version: number }
  | { kind: "unchanged" }
  | { kind: "info"; message: string }
  | { kind: "error"; message: string };

type TProps = {
  version: number;
  isSaving: boolean;
  isReady: boolean;
  isDirty: boolean;
  notice: TNotice | null;
};

/** Stays in view at the bottom of the form: the save button and what the last save did. */
export function SaveBar({ version, isSaving, isReady, isDirty, notice }: TProps) {
  const t = useTranslations("EditProfile");
  const message =
    notice?.kind === "saved"
      ? t("saved", { version: notice.version })
      : notice?.kind === "unchanged"
        ? t("unchanged")
        : notice?.kind === "info"
          ? notice.message
          : null;
  return (
    <FormShellBar className="-mx-4 flex flex-wrap items-center gap-4 px-4 py-3">
      <button
        type="submit"
        disabled={isSaving || !isReady}
        className="rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {isSaving ? t("saving") : t("save")}
      </button>
      <span className="text-sm text-muted">
        {t("basedOn", { version })}
        {isDirty && <> · {t("unsavedChanges")}</>}
      </span>
      <p role="status" className="text-sm font-medium text-success">
        {message}
      </p>
      <p role="alert" className="text-sm font-medium text-danger">
        {notice?.kind === "error" ? notice.message : null}
      </p>
    </FormShellBar>
  );
}
