import { useTranslations } from "next-intl";
import { LocalizedText } from "~/components/ui/localized-text";
import { Section } from "~/components/ui/section";
import { UntranslatedNotice } from "~/components/ui/untranslated-notice";
import type { TProfile } from "~/server/rcp/profile";

type TProps = Pick<TProfile, "developmentGroup" | "annexBAnswers">;

/** Annex B (2008): development and policy-coherence initiatives, with "no response" kept distinct. */
export function AnnexBSection({ developmentGroup, annexBAnswers }: TProps) {
  const t = useTranslations("Profile");
  const tRcp = useTranslations("Rcp");
  if (!developmentGroup && annexBAnswers.length === 0) return null;
  return (
    <Section id="annex-b" title={t("annexB")}>
      {developmentGroup && <p className="font-medium">{tRcp(`developmentGroup.${developmentGroup}`)}</p>}
      <UntranslatedNotice
        values={annexBAnswers.filter((answer) => answer.status === "ANSWER").map((answer) => answer.text)}
      />
      {annexBAnswers.length > 0 && (
        <dl className="divide-y divide-line rounded-card border border-line bg-surface">
          {annexBAnswers.map((answer) => (
            <div key={answer.topic} className="grid gap-1 p-3 sm:grid-cols-3 sm:gap-4">
              <dt className="text-sm font-semibold">{tRcp(`annexBTopic.${answer.topic}`)}</dt>
              <dd className="text-sm sm:col-span-2">
                {answer.status === "ANSWER" ? (
                  <LocalizedText value={answer.text} isMarked={false} />
                ) : (
                  <span className="text-muted italic">{tRcp(`annexBStatus.${answer.status}`)}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-xs text-muted">{t("annexBSource")}</p>
    </Section>
  );
}
