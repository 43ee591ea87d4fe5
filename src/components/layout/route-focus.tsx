"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation the browser leaves focus where it was (often on a link that no
 * longer exists, i.e. the top of the document): a keyboard user would Tab through the whole header
 * again. Focus moves to the new page's main heading instead, which screen readers then read out.
 * The first load is left alone: there the browser starts at the top, before the skip link.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // The new page is committed with the pathname; wait for it to be painted before focusing.
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (!heading) return;
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);

  return null;
}
