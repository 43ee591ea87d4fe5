import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { ZRcpSlug } from "~/domain/rcp/schema";
import type { TLocale } from "~/i18n/routing";
import { isSlug } from "~/lib/record-id";
import { requireUser } from "~/server/auth/require-user";
import { getSession } from "~/server/auth/session";
import { findLiveRcp } from "~/server/rcp/lookup";
import { rcpRoleOf } from "~/server/rcp/policy";
import { callerFor } from "~/trpc/server";

/**
 * The RCP whose activities a management page shows, for its staff and administrators: anonymous
 * visitors go to sign-in, anyone else gets the 404 an unknown RCP gets.
 */
export async function loadActivityRcp(locale: TLocale, slug: string, path: string) {
  const user = await requireUser(locale, `/${locale}/manage/${slug}/activities${path}`);
  const parsed = ZRcpSlug.safeParse(slug);
  const rcp = parsed.success ? await findLiveRcp(parsed.data) : null;
  const access = (await getSession())?.access;
  const role = rcp && access ? rcpRoleOf(access, rcp.id) : null;
  if (!rcp || !role) notFound();
  return { caller: callerFor(user), rcp, canEdit: role === "EDITOR" };
}

type TCaller = Awaited<ReturnType<typeof loadActivityRcp>>["caller"];

/**
 * The activity at `activitySlug` as one of the RCP's hosted activities its caller manages; any
 * other (hidden, hosted by others only, not theirs to manage, malformed address) is the same 404.
 */
export async function loadManagedActivity(caller: TCaller, rcpSlug: string, activitySlug: string) {
  if (!isSlug(activitySlug)) notFound();
  try {
    const activity = await caller.activity.get({ slug: activitySlug });
    if (!activity.canManage || !activity.hosts.some((host) => host.slug === rcpSlug)) notFound();
    return activity;
  } catch (error) {
    if (error instanceof TRPCError) notFound();
    throw error;
  }
}
