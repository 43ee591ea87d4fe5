import { UnsubscribePage } from "~/features/email-preference/unsubscribe-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; token: string }> };

// Per request and per person: never cached.
export const dynamic = "force-dynamic";

// The token in the address is a credential: the page is not indexed and sends no referrer.
export const generateMetadata = titleMetadata("Unsubscribe", "metaTitle", {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
});

export default async function UnsubscribeRoute({ params }: TProps) {
  const locale = await pageLocale(params);
  const { token } = await params;
  return <UnsubscribePage locale={locale} token={token} />;
}
