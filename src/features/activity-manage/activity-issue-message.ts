"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { z } from "zod";
import { ACTIVITY_LIMITS } from "~/domain/activity/vocabulary";

type TIssue = z.core.$ZodRawIssue;

const CUSTOM_KEYS = [
  "titleRequired",
  "date",
  "yearRange",
  "time",
  "timeZone",
  "country",
  "endBeforeStart",
  "startTimeRequired",
  "fullDateForTime",
  "placeRequired",
  "duplicate",
  "invalidCharacters",
] as const;
type TCustomKey = (typeof CUSTOM_KEYS)[number];
const isCustomKey = (key: unknown): key is TCustomKey => CUSTOM_KEYS.includes(key as TCustomKey);

/** The activity schema's issues in the reader's language, by the key each custom check carries. */
export function useActivityIssueMessage(): (issue: TIssue) => string {
  const t = useTranslations("ActivityFormErrors");
  return useMemo(
    () =>
      (issue: TIssue): string => {
        switch (issue.code) {
          case "too_big":
            return issue.origin === "array"
              ? t("tooMany", { max: Number(issue.maximum) })
              : t("tooLong", { max: Number(issue.maximum) });
          case "invalid_value":
            return t("choose");
          case "custom": {
            const key = (issue.params as { key?: string } | undefined)?.key;
            if (key === "yearRange")
              return t("yearRange", { min: ACTIVITY_LIMITS.earliestYear, max: ACTIVITY_LIMITS.latestYear });
            return isCustomKey(key) ? t(key) : t("invalid");
          }
          default:
            return issue.message === "invalidCharacters" ? t("invalidCharacters") : t("invalid");
        }
      },
    [t],
  );
}
