import { useFormatter, useTranslations } from "next-intl";
import type { TProfile } from "~/server/rcp/profile";

/** "Last updated by … on …" from the latest saved revision; nothing for a profile never edited here. */
export function LastUpdated({ revision }: { revision: TProfile["lastRevision"] }) {
  const t = useTranslations("LastUpdated");
  const format = useFormatter();
  if (!revision) return null;
  const date = format.dateTime(revision.createdAt, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
  return (
    <p className="text-sm text-muted">
      <time dateTime={revision.createdAt.toISOString()}>
        {revision.authorName ? t("byOn", { name: revision.authorName, date }) : t("on", { date })}
      </time>
    </p>
  );
}
