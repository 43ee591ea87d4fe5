import { useTranslations } from "next-intl";
import { LocalizedText } from "~/components/ui/localized-text";
import { Section } from "~/components/ui/section";
import { UntranslatedNotice } from "~/components/ui/untranslated-notice";
import type { TProfile } from "~/server/rcp/profile";

/** The current priorities, numbered; one notice above them says which are the English original. */
export function PrioritiesSection({ priorities }: { priorities: TProfile["priorities"] }) {
  const t = useTranslations("Profile");
  if (priorities.length === 0) return null;
  return (
    <Section id="priorities" title={t("priorities")} className="space-y-2">
      <UntranslatedNotice values={priorities.map((priority) => priority.text)} />
      <ol className="list-decimal space-y-1 pl-6">
        {priorities.map((priority, index) => (
          <li key={index}>
            <LocalizedText value={priority.text} isMarked={false} />
          </li>
        ))}
      </ol>
    </Section>
  );
}
