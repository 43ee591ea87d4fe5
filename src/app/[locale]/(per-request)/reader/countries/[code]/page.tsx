import type { Metadata } from "next";
import { CountryPage, countryTitle } from "~/features/country/country-page";
import { FollowSlot } from "~/features/follow/follow-slot";
import { pageLocale } from "~/i18n/page-locale";

type TProps = { params: Promise<{ locale: string; code: string }> };

// The twin of /[locale]/countries/[code] for signed-in readers (src/server/http/reader-twin.ts).
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: await countryTitle((await params).code, locale), robots: { index: false, follow: false } };
}

export default async function ReaderCountryPage({ params }: TProps) {
  const locale = await pageLocale(params);
  return (
    <CountryPage
      code={(await params).code}
      locale={locale}
      reader="request"
      follow={(code) => <FollowSlot targetType="COUNTRY" targetId={code} />}
    />
  );
}
