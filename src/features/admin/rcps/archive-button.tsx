"use client";

import { useTranslations } from "next-intl";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useTRPC } from "~/trpc/react";
import { useAdminMutation } from "../use-admin-mutation";

/** Archive, or bring back, one RCP, after confirmation. */
export function ArchiveButton({ rcp }: { rcp: { id: string; shortName: string; isArchived: boolean } }) {
  const t = useTranslations("AdminRcps");
  const tAdmin = useTranslations("Admin");
  const trpc = useTRPC();
  const archive = useAdminMutation(trpc.admin.archiveRcp.mutationOptions());
  const unarchive = useAdminMutation(trpc.admin.unarchiveRcp.mutationOptions());
  const name = rcp.shortName;
  if (rcp.isArchived) {
    return (
      <ConfirmButton
        label={t("unarchiveLabel", { name })}
        title={t("unarchiveTitle", { name })}
        body={t("unarchiveBody", { name })}
        confirmLabel={t("confirmUnarchive")}
        cancelLabel={tAdmin("cancel")}
        isPending={unarchive.isPending}
        error={unarchive.error}
        onConfirm={() => unarchive.run({ rcpId: rcp.id })}
      >
        {t("unarchive")}
      </ConfirmButton>
    );
  }
  return (
    <ConfirmButton
      label={t("archiveLabel", { name })}
      title={t("archiveTitle", { name })}
      body={t("archiveBody", { name })}
      confirmLabel={t("confirmArchive")}
      cancelLabel={tAdmin("cancel")}
      isPending={archive.isPending}
      error={archive.error}
      isDanger
      onConfirm={() => archive.run({ rcpId: rcp.id })}
    >
      {t("archive")}
    </ConfirmButton>
  );
}
