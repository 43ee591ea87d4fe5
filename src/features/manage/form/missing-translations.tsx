"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { canonicalText } from "~/domain/rcp/profile-canonical";
import { ANNEX_B_TOPICS, type TLocalizedInput } from "~/domain/rcp/profile-schema";
import type { TValues } from "./controls";

/** How many written texts lack their French or Spanish translation, over the whole form. */
export function MissingTranslations() {
  const t = useTranslations("EditProfile");
  const { control } = useFormContext<TValues>();
  const values = useWatch({ control }) as Partial<TValues>;
  const texts: (Partial<TLocalizedInput> | undefined)[] = [
    values.description,
    ...(values.priorities ?? []),
    values.membersNote,
    values.observersNote,
    values.secretariatText,
    ...ANNEX_B_TOPICS.map((topic) =>
      values.annexB?.[topic]?.status === "ANSWER" ? values.annexB[topic]?.text : undefined,
    ),
  ];
  const count = texts
    .map((text) => canonicalText(text as TLocalizedInput))
    .filter((text) => text.en.trim())
    .reduce((sum, text) => sum + (text.fr.trim() ? 0 : 1) + (text.es.trim() ? 0 : 1), 0);
  return (
    <p className="rounded-card bg-brand-soft px-3 py-2 text-sm">{t("missingTranslations", { count })}</p>
  );
}
