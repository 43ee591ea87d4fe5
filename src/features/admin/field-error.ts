"use client";

import { useTranslations } from "next-intl";

/** A schema's error key (see fields.ts) as a sentence in the reader's language. */
export function useFieldError() {
  const t = useTranslations("AdminForm.errors");
  return (message: string | undefined) =>
    message === undefined ? undefined : t.has(message as "invalid") ? t(message as "invalid") : t("invalid");
}
