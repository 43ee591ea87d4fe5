import { TRPCError } from "@trpc/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { TFollowTargetType } from "~/domain/follow/schema";
import { toLocale } from "~/i18n/routing";
import { requestCaller } from "~/trpc/server";
import { FollowToggle } from "./follow-toggle";

type TProps = {
  targetType: TFollowTargetType;
  targetId: string;
};

/**
 * The Follow button of a profile or country page, with the reader's state read on the server. Only
 * the signed-in reader's per-request twin of the page renders it (and imports it: the cached page
 * must load neither tRPC's client nor anyone's state); a reader whose session has ended gets nothing.
 */
export async function FollowSlot({ targetType, targetId }: TProps) {
  const locale = toLocale(await getLocale());
  let follows;
  try {
    follows = await (await requestCaller()).follow.list({ locale });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
  const t = await getTranslations("FollowToggle");
  const isFollowing = follows.some((f) => f.targetType === targetType && f.targetId === targetId);
  return (
    <FollowToggle
      targetType={targetType}
      targetId={targetId}
      isFollowing={isFollowing}
      labels={{
        follow: t("follow"),
        following: t("following"),
        hint: t(`hint${targetType}`),
        failed: t("failed"),
      }}
    />
  );
}
