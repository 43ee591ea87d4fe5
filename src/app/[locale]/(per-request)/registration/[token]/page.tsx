import { RegistrationLinkPage } from "~/features/registration/link-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; token: string }> };

// Per request and per person: never cached.
export const dynamic = "force-dynamic";

// The token in the address is a credential: the page is not indexed and sends no referrer (the
// response header says so too, see next.config.js).
export const generateMetadata = titleMetadata("RegistrationLink", "metaTitle", {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
});

export default async function RegistrationLinkRoute({ params }: TProps) {
  const locale = await pageLocale(params);
  const { token } = await params;
  return <RegistrationLinkPage locale={locale} token={token} />;
}
