export type TMailOutcome = { isMailSent: boolean; isKeptInOutbox: boolean };

/**
 * What to tell the person who just invited someone: where the mail went. On a local run without
 * a mail server it stays in the outbox, which only administrators can open (and follow a link to).
 */
export function inviteNotice(
  outcome: TMailOutcome,
  canOpenOutbox: boolean,
): "notSent" | "sent" | "keptInOutbox" | "keptInOutboxAdmin" {
  if (!outcome.isMailSent) return "notSent";
  if (!outcome.isKeptInOutbox) return "sent";
  return canOpenOutbox ? "keptInOutboxAdmin" : "keptInOutbox";
}
