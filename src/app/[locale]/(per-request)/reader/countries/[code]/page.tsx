import type { Metadata } from "next";
import { CountryPage, countryTitle } from "~/features/country/country-page";
import { CountryFocalPointsSlot } from "~/features/focal-point/country-focal-points-slot";
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
  const { code } = await params;
  return (
    <div className="space-y-10">
      <CountryPage
        code={code}
        locale={locale}
        reader="request"
        follow={(canonical) => <FollowSlot targetType="COUNTRY" targetId={canonical} />}
      />
      <CountryFocalPointsSlot code={code} />
    </div>
  );
}
