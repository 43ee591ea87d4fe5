import { useTranslations } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import { Section } from "~/components/ui/section";
import { ActivityCard } from "./activity-card";
import type { TActivitySectionItems } from "./load-activity-section";

type TProps = {
  title: string;
  items: TActivitySectionItems;
  empty: string;
  /** The full list these few come from. */
  more?: { href: string; label: string };
};

/** A few activities on a profile or country page, each linking to its page, and the way to all. */
export function ActivitySection({ title, items, empty, more }: TProps) {
  const t = useTranslations("ActivitiesList");
  return (
    <Section id="activities" title={title}>
      {items.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ol className="space-y-3">
          {items.map((activity) => (
            <ActivityCard key={activity.slug} activity={activity} />
          ))}
        </ol>
      )}
      <p className="text-sm">
        <PlainLink href={more?.href ?? "/activities"} className="font-medium">
          {more?.label ?? t("title")}
        </PlainLink>
      </p>
    </Section>
  );
}
