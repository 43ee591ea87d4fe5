import { useLocale, useTranslations } from "next-intl";
import { PartialDate } from "~/components/ui/partial-date";
import { participantName } from "~/lib/participant-name";
import type { TProfile } from "~/server/rcp/profile";

/** Who chaired when, oldest first; a term without an end is the current one. */
export function ChairTimeline({ terms }: { terms: TProfile["chairTerms"] }) {
  const t = useTranslations("Profile");
  const tRcp = useTranslations("Rcp");
  const locale = useLocale();
  return (
    <section aria-labelledby="chairs-heading" className="space-y-3">
      <h2 id="chairs-heading" className="text-xl font-semibold">
        {t("chairs")}
      </h2>
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
    </section>
  );
}
