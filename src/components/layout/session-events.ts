// The header's account menu lives in the root layout, which client navigation keeps mounted: a
// form that signs in tells it to read the session again instead of a provider holding it for
// every page (a provider would put next-auth's client on every public page).
const SESSION_CHANGED = "rcp:session-changed";

export function announceSessionChange() {
  window.dispatchEvent(new Event(SESSION_CHANGED));
}

export function onSessionChange(listener: () => void): () => void {
  window.addEventListener(SESSION_CHANGED, listener);
  return () => window.removeEventListener(SESSION_CHANGED, listener);
}
