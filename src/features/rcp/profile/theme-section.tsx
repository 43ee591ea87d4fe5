import { useLocale, useTranslations } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import { Section } from "~/components/ui/section";
import { resolveText } from "~/lib/localized-text";
import type { TProfile } from "~/server/rcp/profile";

const chipClass =
  "inline-block rounded-full bg-brand-soft px-2 py-0.5 text-xs text-brand-strong hover:underline";

/**
 * Themes of its main areas of discussion and of its current priorities; each opens the filtered
 * directory, and again under its recommendations across processes: what others recommended and did.
 */
export function ThemeSection({ themes }: { themes: TProfile["themes"] }) {
  const t = useTranslations("Profile");
  const locale = useLocale();
  const groups = [
    ["MAIN_AREA", t("mainAreaThemes")],
    ["PRIORITY", t("priorityThemes")],
  ] as const;
  const unique = [...new Map(themes.map(({ theme }) => [theme.slug, theme])).values()];
  return (
    <Section id="themes" title={t("themes")}>
      {groups.map(([kind, label]) => {
        const list = themes.filter((theme) => theme.kind === kind);
        if (list.length === 0) return null;
        return (
          <div key={kind}>
            <h3 className="mb-1 text-sm font-semibold">{label}</h3>
            <ul className="flex flex-wrap gap-1">
              {list.map(({ theme }) => (
                <li key={theme.slug}>
                  <PlainLink href={`/rcps?theme=${theme.slug}`} className={chipClass}>
                    {resolveText(theme.label, locale).text}
                  </PlainLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {unique.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-semibold">{t("themeRecommendations")}</h3>
          <ul className="flex flex-wrap gap-1">
            {unique.map((theme) => (
              <li key={theme.slug}>
                <PlainLink href={`/themes/${theme.slug}/recommendations`} className={chipClass}>
                  {resolveText(theme.label, locale).text}
                </PlainLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
