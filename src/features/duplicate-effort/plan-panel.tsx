"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { parseLocalDate } from "~/domain/activity/local-time";
import type { TActivityFields } from "~/domain/activity/schema";
import { useTRPC } from "~/trpc/react";
import { DuplicateEffortList } from "./duplicate-effort-list";
import { useSettledValue } from "./use-settled-value";

type TProps = {
  rcpId: string;
  /** The activity edited (left out of its own warnings), with its hosts page; absent for a new one. */
  activity?: { id: string; hostsPath: string };
};

const SETTLE_MS = 600;

/**
 * Beside the activity form: as themes and dates are chosen, other processes' activities the plan
 * would compete with. Asks only once the plan is complete (a theme and full dates) and settled.
 */
export function DuplicatePlanPanel({ rcpId, activity }: TProps) {
  const t = useTranslations("DuplicateEffort");
  const trpc = useTRPC();
  const [themes, startDate, endDate] = useWatch<TActivityFields, ["themes", "startDate", "endDate"]>({
    name: ["themes", "startDate", "endDate"],
  });
  const plan = useMemo(() => {
    const isComplete =
      themes.length > 0 &&
      parseLocalDate(startDate) !== null &&
      (endDate === "" || (parseLocalDate(endDate) !== null && endDate >= startDate));
    if (!isComplete) return null;
    return { rcpId, themes, startDate, endDate: endDate || undefined, activityId: activity?.id };
  }, [rcpId, themes, startDate, endDate, activity?.id]);
  const settled = useSettledValue(plan, SETTLE_MS);
  const answer = useQuery(trpc.duplicateEffort.forPlan.queryOptions(settled ?? skipToken));
  return (
    <section aria-labelledby="duplicate-plan-heading" aria-live="polite" className="space-y-3">
      <h2 id="duplicate-plan-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {!settled ? (
        <p className="text-muted">{t("incomplete")}</p>
      ) : answer.isError ? (
        <p className="text-danger">{t("failed")}</p>
      ) : !answer.data ? (
        <p className="text-muted">{t("loading")}</p>
      ) : answer.data.items.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <>
          <p className="max-w-3xl text-muted">{t("intro")}</p>
          <DuplicateEffortList items={answer.data.items} hostsPath={activity?.hostsPath} />
          {!activity && <p className="text-sm text-muted">{t("inviteAfterSave")}</p>}
        </>
      )}
    </section>
  );
}
