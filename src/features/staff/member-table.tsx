"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Section } from "~/components/ui/section";
import { Table, Td } from "~/components/ui/table";
import { useRouter } from "~/i18n/navigation";
import { DAY_UTC } from "~/lib/date-formats";
import type { TStaffPage } from "./load-staff-page";
import { MemberActions, type TMemberChange } from "./member-actions";

type TProps = {
  rcpId: string;
  members: TStaffPage["members"];
  /** Editors and administrators change roles; the row of the caller says "you". */
  canManage: boolean;
  callerId: string;
};

export function MemberTable({ rcpId, members, canManage, callerId }: TProps) {
  const t = useTranslations("Staff");
  const format = useFormatter();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const activeEditors = members.filter((member) => member.role === "EDITOR" && !member.isDisabled);
  const columns = [t("name"), t("email"), t("role"), t("since")];

  function onDone(member: { userId: string; name: string | null; email: string }, change: TMemberChange) {
    const name = member.name ?? member.email;
    setMessage(
      change.kind === "removed"
        ? t("removedMember", { name })
        : t("roleChanged", { name, role: change.role }),
    );
    // Without the role, the management pages are no longer theirs: back to their secretariats.
    if (member.userId === callerId && change.kind === "removed") router.push("/manage");
    else router.refresh();
  }

  return (
    <Section id="members" title={t("membersHeading")}>
      <p className="text-sm text-muted">{t("membersCount", { count: members.length })}</p>
      <p role="status" className={message ? "rounded bg-brand-soft px-3 py-2 text-sm" : "sr-only"}>
        {message}
      </p>
      {members.length > 0 && (
        <Table caption={t("membersHeading")} columns={canManage ? [...columns, t("actions")] : columns}>
          {members.map((member) => {
            const isSelf = member.userId === callerId;
            const isOnlyEditor = activeEditors.length === 1 && activeEditors[0]?.userId === member.userId;
            return (
              <tr key={member.userId}>
                <Td>
                  {member.name ?? <span className="text-muted">{t("unnamed")}</span>}
                  {isSelf && <span className="ml-2 text-muted">({t("you")})</span>}
                  {member.isDisabled && <span className="ml-2 text-muted">({t("disabled")})</span>}
                </Td>
                <Td className="break-all">{member.email}</Td>
                <Td>{t(`role_${member.role}`)}</Td>
                <Td className="whitespace-nowrap">{format.dateTime(member.since, DAY_UTC)}</Td>
                {canManage && (
                  <Td>
                    {isOnlyEditor ? (
                      <span className="text-muted">{t("onlyEditor")}</span>
                    ) : (
                      <MemberActions rcpId={rcpId} member={member} isSelf={isSelf} onDone={onDone} />
                    )}
                  </Td>
                )}
              </tr>
            );
          })}
        </Table>
      )}
    </Section>
  );
}
