import { useLocale, useTranslations } from "next-intl";
import { LocalizedText } from "~/components/ui/localized-text";
import { Section } from "~/components/ui/section";
import { participantName } from "~/lib/participant-name";
import type { TProfile } from "~/server/rcp/profile";

type TProps = Pick<TProfile, "secretariatKind" | "secretariatText" | "secretariatHosts">;

export function SecretariatSection({ secretariatKind, secretariatText, secretariatHosts }: TProps) {
  const t = useTranslations("Profile");
  const tRcp = useTranslations("Rcp");
  const locale = useLocale();
  return (
    <Section id="secretariat" title={t("secretariat")} className="space-y-2">
      <p className="font-medium">{tRcp(`secretariatKind.${secretariatKind}`)}</p>
      {secretariatHosts.length > 0 && (
        <p className="text-sm">
          {t("supportedBy")}{" "}
          {secretariatHosts.map((host) => participantName(host.participant, locale)).join(", ")}
        </p>
      )}
      <LocalizedText value={secretariatText} as="p" className="text-sm text-muted" />
    </Section>
  );
}
