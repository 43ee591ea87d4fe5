"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
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
        <DialogPart
          id={`platform-role-${user.id}`}
          title={t("platformRoleHeading")}
          help={t("platformRoleHelp")}
        >
          <PlatformRoleForm user={user} />
        </DialogPart>
        <DialogPart id={`rcp-roles-${user.id}`} title={t("rcpRolesHeading")} help={t("rcpRolesHelp")}>
          <RcpRoleList user={user} />
          <RcpRoleForm user={user} rcps={rcps} />
        </DialogPart>
        <DialogPart id={`account-${user.id}`} title={t("accountHeading")}>
          <AccountStatus user={user} />
        </DialogPart>
        <div className="flex justify-end border-t border-line pt-4">
          <Button variant="secondary" onClick={() => setIsOpen(false)}>
            {tAdmin("close")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

type TPartProps = { id: string; title: string; help?: string; children: ReactNode };

/** One part of the dialog, named by its heading, below a rule from the part before. */
function DialogPart({ id, title, help, children }: TPartProps) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-2 border-line not-first-of-type:border-t not-first-of-type:pt-4"
    >
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {help && <p className="text-sm text-muted">{help}</p>}
      {children}
    </section>
  );
}
