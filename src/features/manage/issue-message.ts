"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { z } from "zod";
import { PROFILE_LIMITS } from "~/domain/rcp/profile-schema";

type TIssue = z.core.$ZodRawIssue;

/**
 * The schema's issues in the reader's language: built-in checks by their code and limit, custom
 * ones by the key they carry (see profile-schema.ts). Passed to zodResolver as zod's error map.
 */
export function useIssueMessage(): (issue: TIssue) => string {
  const t = useTranslations("ProfileFormErrors");
  return useMemo(
    () =>
      (issue: TIssue): string => {
        switch (issue.code) {
          case "too_big":
            if (issue.origin === "array") return t("tooMany", { max: Number(issue.maximum) });
            if (issue.origin === "number")
              return t("yearRange", { min: PROFILE_LIMITS.earliestYear, max: PROFILE_LIMITS.latestYear });
            return t("tooLong", { max: Number(issue.maximum) });
          case "too_small":
            if (issue.origin === "number")
              return t("yearRange", { min: PROFILE_LIMITS.earliestYear, max: PROFILE_LIMITS.latestYear });
            return t("required");
          case "invalid_type":
            return issue.expected === "number" ? t("number") : t("required");
          case "invalid_value":
            return t("choose");
          case "custom":
            return customMessage(t, (issue.params as { key?: string } | undefined)?.key);
          default:
            return t("invalid");
        }
      },
    [t],
  );
}

type TTranslate = ReturnType<typeof useTranslations<"ProfileFormErrors">>;

function customMessage(t: TTranslate, key: string | undefined): string {
  switch (key) {
    case "partialDate":
    case "endBeforeStart":
    case "participantCode":
    case "knownParticipant":
    case "duplicate":
    case "englishRequired":
    case "answerNeedsText":
    case "textOnlyWithAnswer":
    case "httpsUrl":
    case "knownTheme":
    case "invalidCharacters":
      return t(key);
    default:
      return t("invalid");
  }
}
