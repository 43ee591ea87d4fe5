"use client";

import { useTranslations } from "next-intl";
import { decodeCallError } from "~/lib/trpc-error";

/**
 * A refused call as the recommendation forms show it: each field's reason in the reader's
 * language (zod keys and domain keys alike), or one sentence for the form when no field is named.
 */
export function useRecommendationErrors() {
  const t = useTranslations("RecommendationErrors");
  return (error: unknown) => {
    const { code, key, fields } = decodeCallError(error);
    const translate = (messageKey: string) =>
      t.has(messageKey as "generic") ? t(messageKey as "generic") : t("generic");
    const fieldErrors = Object.fromEntries(
      Object.entries(fields).map(([field, messageKey]) => [
        field.replace(/^data\./, ""),
        translate(messageKey),
      ]),
    );
    const text =
      key && t.has(key as "generic")
        ? t(key as "generic")
        : code === "CONFLICT"
          ? t("conflict")
          : t("generic");
    return { fieldErrors, text };
  };
}
