"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Dialog } from "~/components/ui/dialog";
import { Button } from "~/components/ui/button";
import { AccountStatus } from "./account-status";
import type { TManagedUser, TRcpOption } from "./managed-user";
import { PlatformRoleForm } from "./platform-role-form";
import { RcpRoleForm } from "./rcp-role-form";
import { RcpRoleList } from "./rcp-role-list";

/** Everything an administrator can change about one account, in one dialog. */
export function ManageUser({ user, rcps }: { user: TManagedUser; rcps: TRcpOption[] }) {
  const t = useTranslations("AdminUsers");
  const tAdmin = useTranslations("Admin");
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => setIsOpen(true)}
        aria-label={t("manageLabel", { email: user.email })}
      >
        {t("manage")}
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        title={t("dialogTitle", { email: user.email })}
      >
        <section aria-labelledby={`platform-role-${user.id}`} className="space-y-2">
          <h3 id={`platform-role-${user.id}`} className="font-semibold">
            {t("platformRoleHeading")}
          </h3>
          <p className="text-sm text-muted">{t("platformRoleHelp")}</p>
          <PlatformRoleForm user={user} />
        </section>
        <section aria-labelledby={`rcp-roles-${user.id}`} className="space-y-2 border-t border-line pt-4">
          <h3 id={`rcp-roles-${user.id}`} className="font-semibold">
            {t("rcpRolesHeading")}
          </h3>
          <p className="text-sm text-muted">{t("rcpRolesHelp")}</p>
          <RcpRoleList user={user} />
          <RcpRoleForm user={user} rcps={rcps} />
        </section>
        <section aria-labelledby={`account-${user.id}`} className="space-y-2 border-t border-line pt-4">
          <h3 id={`account-${user.id}`} className="font-semibold">
            {t("accountHeading")}
          </h3>
          <AccountStatus user={user} />
        </section>
        <div className="flex justify-end border-t border-line pt-4">
          <Button variant="secondary" onClick={() => setIsOpen(false)}>
            {tAdmin("close")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
