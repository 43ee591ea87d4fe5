import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { TLocale } from "~/i18n/routing";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

/**
 * An RCP's focal points as the signed-in reader may see them. Whoever may see none (no
 * secretariat) and an unknown RCP get the 404.
 */
export const loadFocalPoints = cache(async (locale: TLocale, slug: string, returnPath: string) => {
  const user = await requireUser(locale, returnPath);
  try {
    return await callerFor(user).focalPoint.list({ slug });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"].includes(error.code))
      notFound();
    throw error;
  }
});

export type TFocalPointsPage = Awaited<ReturnType<typeof loadFocalPoints>>;
export type TFocalPointItem = TFocalPointsPage["items"][number];
