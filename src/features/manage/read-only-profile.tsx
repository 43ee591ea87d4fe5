import { useTranslations } from "next-intl";
import { Paragraphs } from "~/components/ui/paragraphs";
import { Section } from "~/components/ui/section";
import { AnnexBSection } from "~/features/rcp/profile/annex-b-section";
import { ChairTimeline } from "~/features/rcp/profile/chair-timeline";
import { MembershipSection } from "~/features/rcp/profile/membership-section";
import { PrioritiesSection } from "~/features/rcp/profile/priorities-section";
import { SecretariatSection } from "~/features/rcp/profile/secretariat-section";
import { ThemeSection } from "~/features/rcp/profile/theme-section";
import type { TProfile } from "~/server/rcp/profile";

type TEditor = { userId: string; name: string | null; email: string };

type TProps = { profile: TProfile; editors: TEditor[] };

/**
 * What a viewer of the secretariat gets instead of the profile form: the profile as the public
 * reads it, and whom to ask for the right to change it. Nothing on it looks like a control.
 */
export function ReadOnlyProfile({ profile, editors }: TProps) {
  const t = useTranslations("Manage");
  const tProfile = useTranslations("Profile");
  return (
    <div className="space-y-10">
      <section
        aria-labelledby="edit-rights-heading"
        className="max-w-3xl space-y-2 rounded-card border border-brand bg-brand-soft px-4 py-3"
      >
        <h2 id="edit-rights-heading" className="font-semibold">
          {t("readOnly")}
        </h2>
        {editors.length === 0 ? (
          <p>{t("noEditor")}</p>
        ) : (
          <>
            <p>{t("editorsAre", { count: editors.length })}</p>
            <ul className="list-disc pl-6">
              {editors.map((editor) => (
                <li key={editor.userId}>
                  {editor.name ? `${editor.name} — ` : ""}
                  <a href={`mailto:${editor.email}`} className="break-all">
                    {editor.email}
                  </a>
                </li>
              ))}
            </ul>
            <p>{t("askEditor")}</p>
          </>
        )}
      </section>
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <Section id="areas" title={tProfile("mainAreas")} className="space-y-2">
            <Paragraphs value={profile.description} className="space-y-3" />
          </Section>
          <PrioritiesSection priorities={profile.priorities} />
          <MembershipSection
            memberships={profile.memberships}
            notes={{ MEMBER: profile.membersNote, OBSERVER: profile.observersNote }}
          />
          <AnnexBSection developmentGroup={profile.developmentGroup} annexBAnswers={profile.annexBAnswers} />
        </div>
        <aside className="space-y-10">
          <SecretariatSection {...profile} />
          <ChairTimeline terms={profile.chairTerms} />
          <ThemeSection themes={profile.themes} />
        </aside>
      </div>
    </div>
  );
}
