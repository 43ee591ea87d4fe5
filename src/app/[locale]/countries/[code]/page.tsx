import type { Metadata } from "next";
import { CountryPage, countryTitle } from "~/features/country/country-page";
import { pageLocale } from "~/i18n/page-locale";

type TProps = { params: Promise<{ locale: string; code: string }> };

// Cached for anonymous visitors; signed-in readers get the per-request twin at the same address
// (src/server/http/reader-twin.ts), whose activities follow their tier.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: await countryTitle((await params).code, locale) };
}

export default async function PublicCountryPage({ params }: TProps) {
  const locale = await pageLocale(params);
  return <CountryPage code={(await params).code} locale={locale} reader="public" />;
}
