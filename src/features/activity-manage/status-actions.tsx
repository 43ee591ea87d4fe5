"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "~/components/ui/confirm-button";
import type { TActivityStatus } from "~/domain/activity/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import type { TEditableActivity } from "./activity-form";

type TAction = "POSTPONED" | "CANCELLED" | "SCHEDULED" | "delete";

type TProps = {
  activity: TEditableActivity;
  rcpSlug: string;
  onChanged: (change: { version: number; status: TActivityStatus }) => void;
  onConflict: (current: TEditableActivity) => void;
};

/**
 * Postpone, cancel, restore, delete: each based on the version the form shows, after a
 * confirmation. A cancelled activity offers only to be restored (or deleted).
 */
export function StatusActions({ activity, rcpSlug, onChanged, onConflict }: TProps) {
  const t = useTranslations("ActivityForm");
  const tErrors = useTranslations("ActivityFormErrors");
  const tCodes = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const setStatus = useMutation(trpc.activity.setStatus.mutationOptions());
  const remove = useMutation(trpc.activity.delete.mutationOptions());
  const [error, setError] = useState<{ action: TAction; text: string } | null>(null);

  async function run(action: TAction): Promise<boolean> {
    setError(null);
    try {
      if (action === "delete") {
        await remove.mutateAsync({ activityId: activity.id, version: activity.version });
        router.push(`/manage/${rcpSlug}/activities`);
      } else {
        const { version } = await setStatus.mutateAsync({
          activityId: activity.id,
          version: activity.version,
          status: action,
        });
        onChanged({ version, status: action });
      }
      return true;
    } catch (failure) {
      const decoded = decodeCallError(failure);
      const current = (decoded.details as { current?: TEditableActivity } | undefined)?.current;
      if (decoded.code === "CONFLICT" && current) {
        onConflict(current);
        setError({ action, text: tErrors("staleStatus") });
        return false;
      }
      setError({ action, text: tCodes(decoded.code ?? "generic") });
      return false;
    }
  }

  const actions: TAction[] =
    activity.status === "CANCELLED"
      ? ["SCHEDULED", "delete"]
      : activity.status === "POSTPONED"
        ? ["SCHEDULED", "CANCELLED", "delete"]
        : ["POSTPONED", "CANCELLED", "delete"];
  return (
    <section aria-labelledby="activity-status-heading" className="space-y-3">
      <h2 id="activity-status-heading" className="text-xl font-semibold">
        {t("statusHeading")}
      </h2>
      <p className="text-muted">{t(`statusNow.${activity.status}`)}</p>
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <ConfirmButton
            key={action}
            title={t(`actions.${action}.title`)}
            body={t(`actions.${action}.body`)}
            confirmLabel={t(`actions.${action}.button`)}
            pendingLabel={t("saving")}
            cancelLabel={t("cancel")}
            isPending={setStatus.isPending || remove.isPending}
            error={error?.action === action ? error.text : null}
            onConfirm={() => run(action)}
            isDanger={action === "delete" || action === "CANCELLED"}
            triggerVariant={action === "delete" ? "danger-outline" : "secondary"}
          >
            {t(`actions.${action}.button`)}
          </ConfirmButton>
        ))}
      </div>
    </section>
  );
}
