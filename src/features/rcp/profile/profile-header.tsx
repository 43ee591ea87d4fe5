import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import type { TProfile } from "~/server/rcp/profile";
import { ProfileEditLink } from "./profile-edit-link";

export function ProfileHeader({ profile }: { profile: TProfile }) {
  const t = useTranslations("Profile");
  const tRcp = useTranslations("Rcp");
  const members = profile.memberships.filter((m) => m.role === "MEMBER" && !m.endDate).length;
  const otherNames = [profile.acronym, ...profile.otherNames].filter(
    (name): name is string => Boolean(name) && name !== profile.shortName,
  );
  return (
    <header className="space-y-3">
      <p className="text-sm">
        <Link href="/rcps">{t("backToDirectory")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{profile.shortName}</h1>
      <ProfileEditLink slug={profile.slug} label={t("editLink")} />
      {profile.name !== profile.shortName && <p className="text-lg text-muted">{profile.name}</p>}
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
