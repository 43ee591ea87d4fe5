import type { Metadata } from "next";
import { PeerFeed } from "~/features/feed/peer-feed";
import { loadFeed } from "~/features/feed/load-feed";
import { pageLocale } from "~/i18n/page-locale";
import type { TSearchParams } from "~/lib/search-params";
import { getSession } from "~/server/auth/session";
import { requestCaller } from "~/trpc/server";
import PublicHomePage, { generateMetadata as publicMetadata } from "../../../page";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { ...(await publicMetadata({ params })), robots: { index: false, follow: false } };
}

// The twin of /[locale] for signed-in readers, reached at that same address (see
// src/server/http/reader-twin.ts): what their peers are doing, above what the public home shows.
// A cookie that names no valid session reads as nobody: the public home alone.
export default async function ReaderHomePage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const session = await getSession();
  const feed = session ? await loadFeed(await requestCaller(), locale, await searchParams) : null;
  return (
    <div className="space-y-8">
      {feed && <PeerFeed locale={locale} {...feed} />}
      <PublicHomePage params={params} />
    </div>
  );
}
