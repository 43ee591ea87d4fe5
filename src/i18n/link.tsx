"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps, MouseEvent } from "react";
import { localeCookie, localizedPath } from "./localized-path";
import { toLocale, type TLocale } from "./routing";

type TProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  /** An address of the app without its locale ("/rcps"), put under the page's locale. */
  href: string;
  /** Another language for the same address: the link switches to it and remembers the choice. */
  locale?: TLocale;
};

/**
 * next/link in the page's language. The locale comes from the route's own parameter, so links need
 * no next-intl client runtime (its formatter and navigation), which every page would otherwise load
 * for its header alone.
 */
export function Link({ href, locale, onClick, prefetch, ...rest }: TProps) {
  const current = toLocale(useParams<{ locale?: string }>().locale);
  const target = locale ?? current;
  const isSwitching = target !== current;
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Next's client cache may answer without asking the server, which would then never see the
    // choice: it is written here, as next-intl's own link does.
    if (isSwitching) document.cookie = localeCookie(target);
    onClick?.(event);
  };
  return (
    <NextLink
      href={localizedPath(target, href)}
      onClick={onLinkClick}
      // Prefetching another language's page would warm a cache the visitor is unlikely to use.
      prefetch={isSwitching ? false : prefetch}
      {...rest}
    />
  );
}
