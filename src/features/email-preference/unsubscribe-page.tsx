import "server-only";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { Link } from "~/i18n/link";
import type { TLocale } from "~/i18n/routing";
import { publicCaller } from "~/trpc/server";

/**
 * The page of an unsubscribe link, without sign-in. Showing it changes nothing (mail scanners open
 * links); the button posts to the one-click address, which sends the reader back here.
 */
export async function UnsubscribePage({ locale, token }: { locale: TLocale; token: string }) {
  const state = await publicCaller.emailPreference.byToken({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  });
  const t = await getTranslations("Unsubscribe");
  if (state.isOff) {
    return (
      <PageHeader title={t("doneTitle")} intro={t("doneBody", { email: state.email })}>
        <p>
          <Link href="/email-preferences">{t("preferences")}</Link>
        </p>
      </PageHeader>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("lead", { email: state.email })} />
      <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}?locale=${locale}`}>
        <Button type="submit">{t("confirm")}</Button>
      </form>
    </div>
  );
}
