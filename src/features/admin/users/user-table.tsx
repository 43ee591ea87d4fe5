import { getFormatter, getTranslations } from "next-intl/server";
import type { TAdminUser } from "~/server/admin/user-data";
import { ManageUser } from "./manage-user";
import type { TRcpOption } from "./managed-user";

type TProps = { users: TAdminUser[]; rcps: TRcpOption[]; currentUserId: string };

export async function UserTable({ users, rcps, currentUserId }: TProps) {
  const t = await getTranslations("AdminUsers");
  const tAdmin = await getTranslations("Admin");
  const format = await getFormatter();
  const rcpLabel = (rcp: { shortName: string; archivedAt: Date | null }) =>
    rcp.archivedAt ? tAdmin("archived", { name: rcp.shortName }) : rcp.shortName;
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.account")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.platformRole")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.rcpRoles")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.status")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {users.map((user) => {
            const isSelf = user.id === currentUserId;
            return (
              <tr key={user.id} className={user.disabledAt ? "bg-canvas" : undefined}>
                <th scope="row" className="px-3 py-2 align-top font-normal">
                  <span className="block font-medium">
                    {user.email} {isSelf && <span className="text-muted">{t("you")}</span>}
                  </span>
                  <span className="block text-muted">{user.name ?? t("noName")}</span>
                </th>
                <td className="px-3 py-2 align-top">{tAdmin(`platformRole.${user.platformRole}`)}</td>
                <td className="px-3 py-2 align-top">
                  {user.rcpRoles.length === 0 ? (
                    <span className="text-muted">{t("noRcpRoles")}</span>
                  ) : (
                    <ul>
                      {user.rcpRoles.map((staff) => (
                        <li key={staff.rcp.id}>
                          {rcpLabel(staff.rcp)} — {tAdmin(`rcpRole.${staff.role}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="px-3 py-2 align-top">
                  {user.disabledAt ? (
                    <span className="font-medium text-danger">
                      {t("disabledSince", {
                        date: format.dateTime(user.disabledAt, { dateStyle: "medium", timeZone: "UTC" }),
                      })}
                    </span>
                  ) : (
                    t("active")
                  )}
                </td>
                <td className="px-3 py-2 text-right align-top">
                  <ManageUser
                    rcps={rcps}
                    user={{
                      id: user.id,
                      email: user.email,
                      platformRole: user.platformRole,
                      isDisabled: user.disabledAt !== null,
                      isSelf,
                      rcpRoles: user.rcpRoles.map((staff) => ({
                        rcpId: staff.rcp.id,
                        rcpLabel: rcpLabel(staff.rcp),
                        role: staff.role,
                      })),
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
