import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "~/components/ui/section";
import { Table, Td } from "~/components/ui/table";
import { DAY_UTC } from "~/lib/date-formats";
import type { TStaffPage } from "./load-staff-page";

export async function MemberTable({ members }: { members: TStaffPage["members"] }) {
  const t = await getTranslations("Staff");
  const format = await getFormatter();
  return (
    <Section id="members" title={t("membersHeading")}>
      <p className="text-sm text-muted">{t("membersCount", { count: members.length })}</p>
      {members.length > 0 && (
        <Table caption={t("membersHeading")} columns={[t("name"), t("email"), t("role"), t("since")]}>
          {members.map((member) => (
            <tr key={member.userId}>
              <Td>
                {member.name ?? <span className="text-muted">{t("unnamed")}</span>}
                {member.isDisabled && <span className="ml-2 text-muted">({t("disabled")})</span>}
              </Td>
              <Td className="break-all">{member.email}</Td>
              <Td>{t(`role_${member.role}`)}</Td>
              <Td className="whitespace-nowrap">{format.dateTime(member.since, DAY_UTC)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </Section>
  );
}
