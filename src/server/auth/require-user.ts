import "server-only";
import { redirect } from "next/navigation";
import type { TLocale } from "~/i18n/routing";
import { getSessionUser, type TSessionUser } from "./session";

/** For signed-in pages: the current user, or a redirect to sign-in that comes back here. */
export async function requireUser(locale: TLocale, returnTo: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
