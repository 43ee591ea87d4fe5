import { useTranslations } from "next-intl";
import { RowHeader, Table, Td } from "~/components/ui/table";
import type { TRegistrationStatus } from "~/domain/registration/vocabulary";
import type { TLocale } from "~/i18n/routing";
import { participantName } from "~/lib/participant-name";
import { ParticipantActions } from "./participant-actions";
import { ParticipantHistory } from "./participant-history";

export type TParticipantRow = {
  id: string;
  version: number;
  status: TRegistrationStatus;
  name: string;
  email: string;
  organisation: string | null;
  participantCode: string | null;
  countryCode: string | null;
  role: string | null;
  dietaryNeeds: string | null;
  accessNeeds: string | null;
  comment: string | null;
  nominatedBy: string | null;
  registeredBy: { name: string | null; email: string } | null;
  registeredAt: string;
  may: { decide: boolean; withdraw: boolean; resendLink: boolean };
};

/** The people registered, one row each, with what the reader may do about them. */
export function ParticipantsTable({ rows, locale }: { rows: TParticipantRow[]; locale: TLocale }) {
  const t = useTranslations("RegistrationParticipants");
  const tStatus = useTranslations("RegistrationStatus");
  if (rows.length === 0) return null;
  const country = (code: string | null) => (code ? participantName({ code, kind: "STATE" }, locale) : null);
  return (
    <Table
      caption={t("caption")}
      scrollHint={t("scrollHint")}
      columns={[
        t("colName"),
        t("colStatus"),
        t("colFrom"),
        t("colAnswers"),
        t("colNominated"),
        { label: t("colActions"), isLabelHidden: true, className: "print:hidden" },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="align-top">
          <RowHeader>
            <span className="font-medium">{row.name}</span>
            <span className="block text-muted">{row.email}</span>
          </RowHeader>
          <Td>{tStatus(row.status)}</Td>
          <Td>
            {[row.organisation ?? row.participantCode, country(row.countryCode)].filter(Boolean).join(" · ")}
            {row.role && <span className="block text-muted">{row.role}</span>}
          </Td>
          <Td>
            <dl className="space-y-1">
              {(
                [
                  ["dietaryNeeds", row.dietaryNeeds],
                  ["accessNeeds", row.accessNeeds],
                  ["comment", row.comment],
                ] as const
              )
                .filter(([, value]) => value)
                .map(([key, value]) => (
                  <div key={key}>
                    <dt className="text-muted">{t(`answer.${key}`)}</dt>
                    <dd className="whitespace-pre-line">{value}</dd>
                  </div>
                ))}
            </dl>
          </Td>
          <Td>
            {row.nominatedBy ?? t("selfRegistered")}
            <span className="block text-muted">
              {row.registeredBy
                ? t("registeredBy", {
                    name: row.registeredBy.name || row.registeredBy.email,
                    when: row.registeredAt,
                  })
                : row.registeredAt}
            </span>
          </Td>
          <Td className="space-y-2 print:hidden">
            <ParticipantActions registration={row} may={row.may} />
            <ParticipantHistory registrationId={row.id} name={row.name} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
