import "server-only";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { requestCaller } from "~/trpc/server";
import { DuplicateEffortList } from "./duplicate-effort-list";

type TProps = { activity: { id: string; slug: string; manageRcpSlug: string | null } };

/**
 * On an activity's per-request page, for its hosts' staff: other processes' activities it
 * competes with. Everyone else is refused by the procedure, and the section is simply absent.
 */
export async function DuplicateEffortSection({ activity }: TProps) {
  const caller = await requestCaller();
  const answer = await caller.duplicateEffort
    .forActivity({ activityId: activity.id })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"].includes(error.code))
        return null;
      throw error;
    });
  if (!answer || answer.items.length === 0) return null;
  const t = await getTranslations("DuplicateEffort");
  const hostsPath = activity.manageRcpSlug
    ? `/manage/${activity.manageRcpSlug}/activities/${activity.slug}/hosts`
    : undefined;
  return (
    <section aria-labelledby="duplicate-effort-heading" className="space-y-3">
      <h2 id="duplicate-effort-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-muted">{t("intro")}</p>
      <DuplicateEffortList items={answer.items} hostsPath={hostsPath} />
    </section>
  );
}
