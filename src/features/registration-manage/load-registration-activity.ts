import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { loadActivityRcp } from "~/features/activity-manage/load-activity-rcp";
import type { TLocale } from "~/i18n/routing";
import { isSlug } from "~/lib/record-id";
import { getSession } from "~/server/auth/session";
import { findLiveRcp } from "~/server/rcp/lookup";

/**
 * The activity whose registrations a secretariat's page shows, as its staff may see it: hosts see
 * every participant; another secretariat's editors, the people their process nominated. Anyone
 * else, and any activity they may not see, gets the same 404.
 */
export async function loadRegistrationActivity(
  locale: TLocale,
  rcpSlug: string,
  activitySlug: string,
  path: string,
) {
  const { caller, rcp, canEdit } = await loadActivityRcp(locale, rcpSlug, `/${activitySlug}${path}`);
  if (!isSlug(activitySlug)) notFound();
  const activity = await caller.activity.get({ slug: activitySlug }).catch((error: unknown) => {
    if (error instanceof TRPCError) notFound();
    throw error;
  });
  const hosts = (await Promise.all(activity.hosts.map((host) => findLiveRcp(host.slug)))).filter(
    (host) => host !== null,
  );
  const isHost = hosts.some((host) => host.id === rcp.id);
  if (!isHost && !canEdit) notFound();
  const access = (await getSession())?.access ?? null;
  if (!access) notFound();
  return { caller, rcp, canEdit, activity, hosts, isHost, access };
}
