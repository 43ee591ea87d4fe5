"use client";

import { useEffect, useRef } from "react";

/**
 * While `isDirty`, leaving the page asks first: a reload or a closed tab through the browser's own
 * beforeunload prompt; a click on a link of this site (Next's client-side links never unload the
 * page) and the back button through `confirmLeave`, which returns true to leave.
 */
export function useLeaveGuard(isDirty: boolean, confirmLeave: () => boolean) {
  const dirty = useRef(isDirty);
  // Once the person has said "leave", a page that unloads must not ask a second time.
  const hasConfirmed = useRef(false);
  const confirm = useRef(() => (hasConfirmed.current = confirmLeave()));
  useEffect(() => {
    dirty.current = isDirty;
    confirm.current = () => (hasConfirmed.current = confirmLeave());
  });

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasConfirmed.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  useEffect(() => {
    // Capture phase on the document: runs before React's and Next's handlers on their root.
    const onClick = (event: MouseEvent) => {
      if (!dirty.current || !isPlainNavigation(event)) return;
      if (confirm.current()) return;
      event.preventDefault();
      event.stopPropagation();
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  // The back button cannot be cancelled, only undone: a copy of this page's history entry is put on
  // top once the form is dirty, so that "back" first lands on the same page, where we can ask.
  const hasGuardEntry = useRef(false);
  useEffect(() => {
    if (!isDirty || hasGuardEntry.current) return;
    window.history.pushState(window.history.state, "", window.location.href);
    hasGuardEntry.current = true;
  }, [isDirty]);

  useEffect(() => {
    const onPopState = () => {
      if (!hasGuardEntry.current) return;
      hasGuardEntry.current = false;
      if (dirty.current && !confirm.current()) {
        window.history.pushState(window.history.state, "", window.location.href);
        hasGuardEntry.current = true;
        return;
      }
      // Clean again (saved) or confirmed: go where "back" was meant to go.
      window.history.back();
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);
}

/** A left click on a link to another page of this site, that the browser would follow in this tab. */
function isPlainNavigation(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement)) return false;
  if (link.hasAttribute("download") || (link.target && link.target !== "_self")) return false;
  const to = new URL(link.href, window.location.href);
  if (to.origin !== window.location.origin) return false;
  // A link to a part of this page (the form's contents) does not leave it.
  return !(to.pathname === window.location.pathname && to.search === window.location.search && to.hash);
}
