import { useLocale, useTranslations } from "next-intl";
import { PartialDate } from "~/components/ui/partial-date";
import { rcpShortName } from "~/domain/rcp/names";
import type { TDatePrecision } from "~/lib/partial-date";
import { activityTitle } from "./activity-title";
import { InvitationAnswer } from "./invitation-answer";

type TInvitation = {
  activity: { id: string; title: unknown; kind: string; startDate: Date; startPrecision: TDatePrecision };
  hosts: { id: string; shortName: string; localizedNames: unknown }[];
};

type TProps = { rcpId: string; invitations: TInvitation[]; canAnswer: boolean };

/** Co-host invitations addressed to the RCP; its editors accept or decline them here. */
export function PendingHostInvitations({ rcpId, invitations, canAnswer }: TProps) {
  const t = useTranslations("CoHostsInvitations");
  const tKind = useTranslations("Rcp.activityKind");
  const locale = useLocale();
  if (invitations.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <ul className="divide-y divide-line rounded-card border border-line bg-surface">
      {invitations.map(({ activity, hosts }) => {
        const title = activityTitle(activity.title, locale);
        const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(
          hosts.map((host) => rcpShortName(host, locale)),
        );
        return (
          <li key={activity.id} className="space-y-2 p-4">
            <p className="font-semibold" lang={title.lang === locale ? undefined : title.lang}>
              {title.text}
            </p>
            <p className="text-sm text-muted">
              {tKind(activity.kind as "OTHER")} ·{" "}
              <PartialDate date={activity.startDate} precision={activity.startPrecision} /> ·{" "}
              {t("invitedBy", { hosts: names })}
            </p>
            {canAnswer && <InvitationAnswer rcpId={rcpId} activityId={activity.id} title={title.text} />}
          </li>
        );
      })}
    </ul>
  );
}
