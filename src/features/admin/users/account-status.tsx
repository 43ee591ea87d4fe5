"use client";

import { useTranslations } from "next-intl";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/form-field";
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
        <button
          type="button"
          disabled={enable.isPending}
          onClick={() => void enable.run({ userId: user.id })}
          className={buttonClass}
        >
          {enable.isPending ? tAdmin("saving") : t("enable")}
        </button>
        {enable.error && (
          <p role="alert" className="text-sm font-medium text-danger">
            {enable.error}
          </p>
        )}
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
        className="rounded border border-danger px-4 py-2 font-medium text-danger hover:bg-danger-soft"
      >
        {t("disable")}
      </ConfirmButton>
    </div>
  );
}
