"use client";

import { useTranslations } from "next-intl";
import { InlineMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/trpc/react";
import { useAdminMutation } from "../use-admin-mutation";

/** Queues the message for a try now; the page then shows where it stands. */
export function RetryMailButton({ id, to }: { id: string; to: string }) {
  const t = useTranslations("AdminMail");
  const trpc = useTRPC();
  const retry = useAdminMutation(trpc.admin.retryMail.mutationOptions());
  return (
    <div className="space-y-1">
      <Button
        size="sm"
        variant="secondary"
        disabled={retry.isPending}
        aria-label={t("retryLabel", { to })}
        onClick={() => void retry.run({ id })}
      >
        {retry.isPending ? t("retrying") : t("retry")}
      </Button>
      <InlineMessage tone="error">{retry.error}</InlineMessage>
    </div>
  );
}
