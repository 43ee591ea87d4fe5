import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { getPathname } from "~/i18n/navigation";

type TProps = Omit<ComponentProps<"a">, "href"> & { href: string };

/**
 * A link in the reader's language rendered as a plain anchor, for server-rendered lists of many
 * links (members, themes, peers, countries). A client-side Link per item would add its props to
 * the page's payload and prefetch every target; the pages these lead to are cached, so a normal
 * navigation is quick.
 */
export function PlainLink({ href, ...rest }: TProps) {
  const locale = useLocale();
  return <a href={getPathname({ href, locale })} {...rest} />;
}
