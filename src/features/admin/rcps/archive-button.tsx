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
  const mutation = rcp.isArchived ? unarchive : archive;
  const action = rcp.isArchived ? "unarchive" : "archive";
  return (
    <ConfirmButton
      label={t(`${action}Label`, { name })}
      title={t(`${action}Title`, { name })}
      body={t(`${action}Body`, { name })}
      confirmLabel={t(rcp.isArchived ? "confirmUnarchive" : "confirmArchive")}
      cancelLabel={tAdmin("cancel")}
      isPending={mutation.isPending}
      error={mutation.error}
      isDanger={!rcp.isArchived}
      onConfirm={() => mutation.run({ rcpId: rcp.id })}
    >
      {t(action)}
    </ConfirmButton>
  );
}
