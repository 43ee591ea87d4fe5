import { redirect as nextRedirect } from "next/navigation";
import { localizedPath } from "./localized-path";
import { toLocale, type TLocale } from "./routing";

// The app's navigation in the page's language, on Next's own: next-intl's (createNavigation) would
// put its client runtime (message formatter and link) in the scripts of every page that links.
export { Link } from "./link";
export { useRouter } from "./use-router";

/** The address of `href` ("/rcps") in `locale` ("/fr/rcps"). */
export function getPathname({ href, locale }: { href: string; locale: string }): string {
  return localizedPath(toLocale(locale), href);
}

/** Ends rendering with a redirect to `href` in `locale`. */
export function redirect({ href, locale }: { href: string; locale: TLocale }): never {
  return nextRedirect(localizedPath(locale, href));
}
