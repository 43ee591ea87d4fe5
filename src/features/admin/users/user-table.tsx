import { getFormatter, getTranslations } from "next-intl/server";
import type { TAdminUser } from "~/server/admin/user-data";
import { RowHeader, Table, Td } from "~/components/ui/table";
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
    <Table
      caption={t("tableCaption")}
      columns={[
        t("columns.account"),
        t("columns.platformRole"),
        t("columns.rcpRoles"),
        t("columns.status"),
        { label: t("columns.actions"), isLabelHidden: true },
      ]}
    >
      {users.map((user) => {
        const isSelf = user.id === currentUserId;
        return (
          <tr key={user.id} className={user.disabledAt ? "bg-canvas" : undefined}>
            <RowHeader>
              <span className="block font-medium">
                {user.email} {isSelf && <span className="text-muted">{t("you")}</span>}
              </span>
              <span className="block text-muted">{user.name ?? t("noName")}</span>
            </RowHeader>
            <Td>{tAdmin(`platformRole.${user.platformRole}`)}</Td>
            <Td>
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
            </Td>
            <Td>
              {user.disabledAt ? (
                <span className="font-medium text-danger">
                  {t("disabledSince", {
                    date: format.dateTime(user.disabledAt, { dateStyle: "medium", timeZone: "UTC" }),
                  })}
                </span>
              ) : (
                t("active")
              )}
            </Td>
            <Td className="text-right">
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
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
