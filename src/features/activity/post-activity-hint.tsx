import { useTranslations } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";

/** For editors looking at an empty list: where to post one of their own. */
export function PostActivityHint({ rcps }: { rcps: readonly { slug: string; shortName: string }[] }) {
  const t = useTranslations("ActivitiesList");
  if (rcps.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {rcps.map((rcp) => (
        <li key={rcp.slug}>
          <PlainLink href={`/manage/${rcp.slug}/activities/new`} className="font-medium underline">
            {t("emptyEditor", { name: rcp.shortName })}
          </PlainLink>
        </li>
      ))}
    </ul>
  );
}
