import { getFormatter, getTranslations } from "next-intl/server";
import { DAY_UTC } from "~/lib/date-formats";
import type { TStaffPage } from "./load-staff-page";

export async function MemberTable({ members }: { members: TStaffPage["members"] }) {
  const t = await getTranslations("Staff");
  const format = await getFormatter();
  return (
    <section aria-labelledby="members-heading" className="space-y-3">
      <h2 id="members-heading" className="text-xl font-semibold">
        {t("membersHeading")}
      </h2>
      <p className="text-sm text-muted">{t("membersCount", { count: members.length })}</p>
      {members.length > 0 && (
        <div className="overflow-x-auto rounded-card border border-line bg-surface">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line bg-canvas">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t("name")}
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t("email")}
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t("role")}
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t("since")}
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.userId} className="border-b border-line last:border-0">
                  <td className="px-4 py-2">
                    {member.name ?? <span className="text-muted">{t("unnamed")}</span>}
                    {member.isDisabled && <span className="ml-2 text-muted">({t("disabled")})</span>}
                  </td>
                  <td className="px-4 py-2 break-all">{member.email}</td>
                  <td className="px-4 py-2">{t(`role_${member.role}`)}</td>
                  <td className="px-4 py-2 whitespace-nowrap">{format.dateTime(member.since, DAY_UTC)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
