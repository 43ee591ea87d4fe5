"use client";

import { useTranslations } from "next-intl";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useTRPC } from "~/trpc/react";
import { InlineMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useAdminMutation } from "../use-admin-mutation";
import type { TManagedUser } from "./managed-user";

/** Disable (with confirmation) or enable the account. Administrators never disable themselves. */
export function AccountStatus({ user }: { user: TManagedUser }) {
  const t = useTranslations("AdminUsers");
  const tAdmin = useTranslations("Admin");
  const trpc = useTRPC();
  const disable = useAdminMutation(trpc.admin.disableUser.mutationOptions());
  const enable = useAdminMutation(trpc.admin.enableUser.mutationOptions());

  if (user.isDisabled) {
    return (
      <div className="space-y-2">
        <p className="text-sm">{t("statusDisabled")}</p>
        <Button disabled={enable.isPending} onClick={() => void enable.run({ userId: user.id })}>
          {enable.isPending ? tAdmin("saving") : t("enable")}
        </Button>
        <InlineMessage tone="error">{enable.error}</InlineMessage>
      </div>
    );
  }
  if (user.isSelf) return <p className="text-sm text-muted">{t("cannotDisableSelf")}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("statusActive")}</p>
      <ConfirmButton
        title={t("disableTitle")}
        body={t("disableBody", { email: user.email })}
        confirmLabel={t("confirmDisable")}
        cancelLabel={tAdmin("cancel")}
        isPending={disable.isPending}
        error={disable.error}
        isDanger
        onConfirm={() => disable.run({ userId: user.id })}
        triggerVariant="danger-outline"
        triggerSize="md"
      >
        {t("disable")}
      </ConfirmButton>
    </div>
  );
}
