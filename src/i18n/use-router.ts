"use client";

// A client module: navigation.ts re-exports it to server code too, which must not run its hooks.
import { useParams, useRouter as useNextRouter } from "next/navigation";
import { useMemo } from "react";
import { localizedPath } from "./localized-path";
import { toLocale } from "./routing";

type TNextRouter = ReturnType<typeof useNextRouter>;

/** Next's router, taking addresses of the app without their locale ("/manage"), as Link does. */
export function useRouter(): TNextRouter {
  const router = useNextRouter();
  const locale = toLocale(useParams<{ locale?: string }>().locale);
  return useMemo(
    () => ({
      ...router,
      push: (href, options) => router.push(localizedPath(locale, href), options),
      replace: (href, options) => router.replace(localizedPath(locale, href), options),
      prefetch: (href, options) => router.prefetch(localizedPath(locale, href), options),
    }),
    [router, locale],
  );
}
