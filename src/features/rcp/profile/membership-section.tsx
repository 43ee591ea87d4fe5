import { useLocale, useTranslations } from "next-intl";
import { Paragraphs } from "~/components/ui/paragraphs";
import { PartialDate } from "~/components/ui/partial-date";
import { PlainLink } from "~/components/ui/plain-link";
import { Section } from "~/components/ui/section";
import { participantName } from "~/lib/participant-name";
import type { TProfile } from "~/server/rcp/profile";

type TMembership = TProfile["memberships"][number];
const ROLES = ["MEMBER", "OBSERVER", "PARTNER", "PARTICIPANT"] as const;

type TProps = {
  memberships: TMembership[];
  /** The documents' remarks on a group (coordinators, footnotes, guests invited ad hoc). */
  notes: Partial<Record<(typeof ROLES)[number], unknown>>;
};

/** Members, observers, partners and participants, grouped and counted; former members apart. */
export function MembershipSection({ memberships, notes }: TProps) {
  const t = useTranslations("Profile");
  const locale = useLocale();
  const current = memberships.filter((m) => !m.endDate);
  const former = memberships.filter((m) => m.endDate);
  const sortByName = (list: TMembership[]) =>
    [...list].sort((a, b) =>
      participantName(a.participant, locale).localeCompare(participantName(b.participant, locale), locale),
    );

  return (
    <Section id="participants" title={t("participants")} className="space-y-4">
      {ROLES.map((role) => {
        const group = sortByName(current.filter((m) => m.role === role));
        if (group.length === 0) return null;
        return (
          <div key={role} className="space-y-2">
            <h3 className="font-semibold">{t(`roleGroup.${role}`, { count: group.length })}</h3>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {group.map((m) => (
                <li key={m.participant.code}>
                  <ParticipantLink membership={m} />
                </li>
              ))}
            </ul>
            <Paragraphs value={notes[role]} className="space-y-1 text-sm text-muted" />
          </div>
        );
      })}
      {former.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("formerMembers", { count: former.length })}</h3>
          <ul className="text-sm">
            {former.map((m) => (
              <li key={m.participant.code}>
                <ParticipantLink membership={m} isInText /> —{" "}
                {t.rich("until", {
                  precision: m.endPrecision ?? "DAY",
                  date: () => <PartialDate date={m.endDate!} precision={m.endPrecision} />,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

// Inside a sentence ("— until 2005") a link must be told apart from its text without colour: underlined.
function ParticipantLink({ membership, isInText = false }: { membership: TMembership; isInText?: boolean }) {
  const t = useTranslations("Profile");
  const locale = useLocale();
  const { participant } = membership;
  const name = participantName(participant, locale);
  if (participant.kind === "ORGANISATION") return <span>{name}</span>;
  return (
    <>
      <PlainLink href={`/countries/${participant.code}`} className={isInText ? "underline" : undefined}>
        {name}
      </PlainLink>
      {participant.kind === "TERRITORY" && <span className="text-muted"> ({t("territory")})</span>}
    </>
  );
}
