import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { TLocale } from "~/i18n/routing";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

/**
 * Everything the staff page of an RCP shows to the signed-in caller: members for its secretariat
 * and administrators, pending invitations for those who may manage them. Anyone else gets the 404.
 */
export const loadStaffPage = cache(async (locale: TLocale, slug: string) => {
  const user = await requireUser(locale, `/${locale}/manage/${slug}/staff`);
  const caller = callerFor(user);
  try {
    const staff = await caller.rcp.listStaff({ slug });
    const pending =
      staff.callerRole === "EDITOR" ? await caller.invitation.listPending({ rcpId: staff.rcp.id }) : null;
    return { ...staff, pending, callerId: user.id };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});

export type TStaffPage = Awaited<ReturnType<typeof loadStaffPage>>;
