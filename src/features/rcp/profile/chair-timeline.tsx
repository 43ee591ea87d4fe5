import { useLocale, useTranslations } from "next-intl";
import { PartialDate } from "~/components/ui/partial-date";
import { Section } from "~/components/ui/section";
import { participantName } from "~/lib/participant-name";
import type { TProfile } from "~/server/rcp/profile";

/** Who chaired when, oldest first; a term without an end is the current one. */
export function ChairTimeline({ terms }: { terms: TProfile["chairTerms"] }) {
  const t = useTranslations("Profile");
  const tRcp = useTranslations("Rcp");
  const locale = useLocale();
  return (
    <Section id="chairs" title={t("chairs")}>
      {terms.length === 0 ? (
        <p className="text-sm text-muted">{t("noChairs")}</p>
      ) : (
        <ol className="relative space-y-3 border-l-2 border-brand pl-5">
          {terms.map((term, index) => (
            <li key={index} className="relative">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[27px] h-3 w-3 rounded-full border-2 border-surface bg-brand"
              />
              <p className="font-medium">
                {participantName(term.participant, locale)} — {tRcp(`chairRole.${term.role}`)}
              </p>
              <p className="text-sm text-muted">
                {term.startDate ? (
                  <PartialDate date={term.startDate} precision={term.startPrecision} />
                ) : (
                  t("startUnknown")
                )}
                {" – "}
                {term.endDate ? (
                  <PartialDate date={term.endDate} precision={term.endPrecision} />
                ) : (
                  t("current")
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
