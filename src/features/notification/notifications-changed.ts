// The bell lives in the root layout, which client navigation keeps mounted: a page that marks
// notifications read tells it to count again.
const NOTIFICATIONS_CHANGED = "rcp:notifications-changed";

export function announceNotificationsChanged() {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}

export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(NOTIFICATIONS_CHANGED, listener);
  return () => window.removeEventListener(NOTIFICATIONS_CHANGED, listener);
}
