import type { Metadata } from "next";
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "./page-locale";

type TNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type TTitleKey<N extends TNamespace> = Parameters<Awaited<ReturnType<typeof getTranslations<N>>>>[0];

/**
 * A page's `generateMetadata` that gives it a title from its messages, in the page's language:
 * `export const generateMetadata = titleMetadata("Country", "indexTitle");`
 */
export function titleMetadata<N extends TNamespace>(namespace: N, key: TTitleKey<N>, extra: Metadata = {}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: await pageLocale(params), namespace });
    // A title takes no arguments; next-intl cannot tell that of a key chosen by the caller.
    const translate = t as unknown as (key: TTitleKey<N>) => string;
    return { title: translate(key), ...extra };
  };
}
