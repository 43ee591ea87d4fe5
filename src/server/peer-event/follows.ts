// Which events a person's follows bring them: an event matches a follow when it concerns the
// followed process, theme or country. The feed shows a follow's whole history; notifications and
// digests only what happened after the person started following.
import type { FollowTarget, Prisma } from "~/generated/prisma/client";

export type TFollow = { targetType: FollowTarget; targetId: string; createdAt: Date };

const FIELD = { RCP: "rcpIds", THEME: "themeIds", COUNTRY: "countryCodes" } as const satisfies Record<
  FollowTarget,
  keyof Prisma.PeerEventWhereInput
>;

/** Combine with visiblePeerEventsWhere: this decides what is followed, not what may be seen. */
export function followedEventsWhere(
  follows: readonly TFollow[],
  options: { sinceFollowed: boolean },
): Prisma.PeerEventWhereInput {
  if (follows.length === 0) return { id: { lt: 0 } };
  return {
    OR: follows.map((follow) => ({
      [FIELD[follow.targetType]]: { has: follow.targetId },
      ...(options.sinceFollowed ? { createdAt: { gte: follow.createdAt } } : {}),
    })),
  };
}

export type TFollowedFields = {
  createdAt: Date;
  rcpIds: readonly string[];
  themeIds: readonly string[];
  countryCodes: readonly string[];
};

/** followedEventsWhere on one event already read, for readers who share one query of events. */
export function isFollowedEvent(
  event: TFollowedFields,
  follows: readonly TFollow[],
  options: { sinceFollowed: boolean },
): boolean {
  return follows.some(
    (follow) =>
      event[FIELD[follow.targetType]].includes(follow.targetId) &&
      (!options.sinceFollowed || event.createdAt >= follow.createdAt),
  );
}
