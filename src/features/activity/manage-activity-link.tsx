import { useTranslations } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import type { TLoadedActivity } from "./load-activity";

/**
 * For its hosts' editors and administrators, the way from an activity's page to its management
 * (edit, co-hosts, documents). Rendered by the per-request page only: the cached one is the same
 * for everyone and reads as nobody.
 */
export function ManageActivityLink({ activity }: { activity: TLoadedActivity }) {
  const t = useTranslations("ActivitiesPage");
  if (!activity.manageRcpSlug) return null;
  return (
    <p>
      <PlainLink
        href={`/manage/${activity.manageRcpSlug}/activities/${activity.slug}/edit`}
        className="font-medium underline underline-offset-2"
      >
        {t("manage")}
      </PlainLink>
    </p>
  );
}
