import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { FOLLOW_TARGET_TYPES, type TFollowTargetType } from "~/domain/follow/schema";
import { Link } from "~/i18n/navigation";
import { toLocale } from "~/i18n/routing";
import { DAY_UTC } from "~/lib/date-formats";
import { FollowPicker, UnfollowButton } from "./follow-actions";

type TFollowed = {
  targetType: TFollowTargetType;
  targetId: string;
  name: string;
  path: string;
  createdAt: Date;
};
type TChoice = { targetType: TFollowTargetType; targetId: string; name: string };

/** What the person follows, to review and drop, and everything else they may follow. */
export async function FollowingPage({ follows, choices }: { follows: TFollowed[]; choices: TChoice[] }) {
  const t = await getTranslations("FollowingPage");
  const tErrors = await getTranslations("FollowErrors");
  const day = new Intl.DateTimeFormat(toLocale(await getLocale()), DAY_UTC);
  const followed = new Set(follows.map((f) => `${f.targetType}:${f.targetId}`));
  const failed = t("failed");
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("lead")}>
        <p>
          <Link href="/notifications">{t("notificationsLink")}</Link>
        </p>
      </PageHeader>
      <Section id="following-current" title={t("currentTitle")}>
        {follows.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="max-w-3xl space-y-2">
            {follows.map((follow) => (
              <li
                key={`${follow.targetType}:${follow.targetId}`}
                className="flex flex-wrap items-center gap-3"
              >
                <span className="text-sm text-muted">{t(follow.targetType)}</span>
                <Link href={follow.path} className="font-medium">
                  {follow.name}
                </Link>
                <span className="text-sm text-muted">
                  {t("since", { date: day.format(follow.createdAt) })}
                </span>
                <UnfollowButton
                  targetType={follow.targetType}
                  targetId={follow.targetId}
                  labels={{ label: t("unfollowName", { name: follow.name }), failed }}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="following-add" title={t("addTitle")}>
        <div className="grid gap-6 md:grid-cols-3">
          {FOLLOW_TARGET_TYPES.map((targetType) => (
            <FollowPicker
              key={targetType}
              targetType={targetType}
              choices={choices.filter(
                (choice) =>
                  choice.targetType === targetType &&
                  !followed.has(`${choice.targetType}:${choice.targetId}`),
              )}
              labels={{
                title: t(targetType),
                choose: t("choose"),
                add: t("add"),
                failed,
                unknown: tErrors("unknownFollowTarget"),
              }}
            />
          ))}
        </div>
      </Section>
    </div>
  );
}
