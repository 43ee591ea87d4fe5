import { useLocale, useTranslations } from "next-intl";
import { distinctFullName } from "~/domain/rcp/full-name";
import { rcpNames } from "~/domain/rcp/names";
import { Link } from "~/i18n/navigation";
import type { TProfile } from "~/server/rcp/profile";
import { ProfileEditLink } from "./profile-edit-link";

export function ProfileHeader({ profile }: { profile: TProfile }) {
  const t = useTranslations("Profile");
  const tRcp = useTranslations("Rcp");
  const locale = useLocale();
  const names = rcpNames(profile, locale);
  // The header says once that its names are the English original, on the first line that is.
  const marker = (
    <span lang={locale} className="ml-2 text-sm font-normal text-muted">
      ({tRcp("untranslated")})
    </span>
  );
  const members = profile.memberships.filter((m) => m.role === "MEMBER" && !m.endDate).length;
  const englishNames = locale === "en" ? [] : [profile.shortName, profile.name, profile.acronym];
  const otherNames = [
    ...new Set([names.acronym, ...englishNames, ...profile.otherNames].filter((name) => name !== null)),
  ].filter((name) => name !== names.shortName.text && name !== names.name.text);
  return (
    <header className="space-y-3">
      <p className="text-sm">
        <Link href="/rcps">{t("backToDirectory")}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        <span lang={names.shortName.lang}>{names.shortName.text}</span>
        {names.shortName.isFallback && marker}
      </h1>
      <ProfileEditLink slug={profile.slug} label={t("editLink")} />
      {distinctFullName({ name: names.name.text, shortName: names.shortName.text }) && (
        <p className="text-lg text-muted">
          <span lang={names.name.lang}>{names.name.text}</span>
          {names.name.isFallback && !names.shortName.isFallback && marker}
        </p>
      )}
      {otherNames.length > 0 && (
        <p className="text-sm text-muted">{t("alsoKnownAs", { names: otherNames.join(" · ") })}</p>
      )}
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <Fact label={t("established")} value={String(profile.yearEstablished)} />
        <Fact label={t("region")} value={tRcp(`region.${profile.region}`)} />
        <Fact label={t("memberGovernments")} value={String(members)} />
        {profile.website && (
          <Fact label={t("website")} value={<a href={profile.website}>{profile.website}</a>} />
        )}
      </dl>
      <p className="text-sm">
        <Link href={`/compare?rcp=${encodeURIComponent(profile.slug)}`}>{t("compareWith")}</Link>
      </p>
      {profile.foundingDocuments.length > 0 && (
        <div className="text-sm">
          <h2 className="font-semibold">{t("foundingDocuments")}</h2>
          <ul className="list-disc pl-5">
            {profile.foundingDocuments.map((document) => (
              <li key={document.title}>
                {document.title}
                {document.year && ` (${document.year})`} — {tRcp(`documentKind.${document.kind}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-muted">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
}
