"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useRecommendationErrors } from "./use-form-errors";

type TProps = { recommendationId: string; number: number; version: number };

/** Deletes a recommendation with its follow-up history, once confirmed; the reason of a refusal stays in the dialog. */
export function RemoveButton({ recommendationId, number, version }: TProps) {
  const t = useTranslations("RecommendationForm");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(trpc.recommendation.remove.mutationOptions());
  const errorsOf = useRecommendationErrors();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      await remove.mutateAsync({ recommendationId, version });
      router.refresh();
      return true;
    } catch (failure) {
      setError(errorsOf(failure).text);
      return false;
    }
  }

  return (
    <ConfirmButton
      label={t("removeLabel", { number })}
      title={t("removeTitle", { number })}
      body={t("removeBody")}
      confirmLabel={t("removeConfirm")}
      pendingLabel={t("removing")}
      cancelLabel={t("cancel")}
      onConfirm={confirm}
      isPending={remove.isPending}
      error={error}
      isDanger
    >
      {t("remove")}
    </ConfirmButton>
  );
}
