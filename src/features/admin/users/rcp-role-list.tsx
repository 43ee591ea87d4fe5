"use client";

import { useTranslations } from "next-intl";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useTRPC } from "~/trpc/react";
import { useAdminMutation } from "../use-admin-mutation";
import type { TManagedUser } from "./managed-user";

/** The account's roles in RCPs, each with its own Remove. */
export function RcpRoleList({ user }: { user: TManagedUser }) {
  const t = useTranslations("AdminUsers");
  if (user.rcpRoles.length === 0) return <p className="text-sm">{t("noRcpRoles")}</p>;
  return (
    <ul className="divide-y divide-line rounded border border-line">
      {user.rcpRoles.map((staff) => (
        <RcpRoleItem key={staff.rcpId} user={user} staff={staff} />
      ))}
    </ul>
  );
}

function RcpRoleItem({ user, staff }: { user: TManagedUser; staff: TManagedUser["rcpRoles"][number] }) {
  const t = useTranslations("AdminUsers");
  const tAdmin = useTranslations("Admin");
  const trpc = useTRPC();
  const mutation = useAdminMutation(trpc.admin.removeRcpRole.mutationOptions());
  const role = tAdmin(`rcpRole.${staff.role}`);
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
      <span>
        <span className="font-medium">{staff.rcpLabel}</span> — {role}
      </span>
      <ConfirmButton
        label={t("removeRoleLabel", { rcp: staff.rcpLabel })}
        title={t("removeRoleTitle")}
        body={t("removeRoleBody", { email: user.email, role, rcp: staff.rcpLabel })}
        confirmLabel={t("confirmRemoveRole")}
        cancelLabel={tAdmin("cancel")}
        isPending={mutation.isPending}
        error={mutation.error}
        isDanger
        onConfirm={() => mutation.run({ userId: user.id, rcpId: staff.rcpId })}
      >
        {t("removeRole")}
      </ConfirmButton>
    </li>
  );
}
