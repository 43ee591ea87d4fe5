"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useFormErrors } from "~/features/auth/form-errors";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";

type TMember = { userId: string; name: string | null; email: string; role: "EDITOR" | "VIEWER" };
export type TMemberChange = { kind: "role"; role: "EDITOR" | "VIEWER" } | { kind: "removed" };

type TProps = {
  rcpId: string;
  member: TMember;
  isSelf: boolean;
  /** Called once the change is saved, with what changed. */
  onDone: (member: TMember, change: TMemberChange) => void;
};

/** Change a member's role or take them off the secretariat, each after a confirmation. */
export function MemberActions({ rcpId, member, isSelf, onDone }: TProps) {
  const t = useTranslations("Staff");
  const errors = useFormErrors();
  const trpc = useTRPC();
  const setRole = useMutation(trpc.rcp.setStaffRole.mutationOptions());
  const remove = useMutation(trpc.rcp.removeStaff.mutationOptions());
  const [error, setError] = useState<{ action: "role" | "remove"; text: string } | null>(null);
  const name = member.name ?? member.email;
  const nextRole = member.role === "EDITOR" ? "VIEWER" : "EDITOR";
  const roleVerb = nextRole === "EDITOR" ? "makeEditor" : "makeViewer";

  function describe(failure: unknown): string {
    if (decodeCallError(failure).key === "lastEditor") return t("lastEditor");
    return errors.server(failure).form ?? "";
  }

  async function run(action: "role" | "remove"): Promise<boolean> {
    setError(null);
    try {
      if (action === "role") {
        await setRole.mutateAsync({ rcpId, userId: member.userId, role: nextRole });
        onDone(member, { kind: "role", role: nextRole });
      } else {
        await remove.mutateAsync({ rcpId, userId: member.userId });
        onDone(member, { kind: "removed" });
      }
      return true;
    } catch (failure) {
      setError({ action, text: describe(failure) });
      return false;
    }
  }

  return (
    <div className="flex flex-wrap gap-2">
      <ConfirmButton
        label={t(`${roleVerb}Label`, { name })}
        title={t(`${roleVerb}Title`, { name })}
        body={t(nextRole === "VIEWER" && isSelf ? "makeSelfViewerBody" : `${roleVerb}Body`, { name })}
        confirmLabel={t(`${roleVerb}Label`, { name })}
        pendingLabel={t("saving")}
        cancelLabel={t("cancel")}
        isPending={setRole.isPending}
        error={error?.action === "role" ? error.text : null}
        onConfirm={() => run("role")}
      >
        {t(roleVerb)}
      </ConfirmButton>
      <ConfirmButton
        label={t("removeLabel", { name })}
        title={t("removeTitle", { name })}
        body={t(isSelf ? "removeSelfBody" : "removeBody", { name })}
        confirmLabel={t("removeLabel", { name })}
        pendingLabel={t("removing")}
        cancelLabel={t("cancel")}
        isPending={remove.isPending}
        error={error?.action === "remove" ? error.text : null}
        onConfirm={() => run("remove")}
        isDanger
        triggerVariant="danger-outline"
      >
        {t("remove")}
      </ConfirmButton>
    </div>
  );
}
