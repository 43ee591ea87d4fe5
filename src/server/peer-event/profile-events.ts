// Events of a profile save (or a restored revision): its priorities changed, states joined or left.
// Other edits (names, notes, Annex B) are housekeeping, not news for peers.
import type { TProfileChange } from "~/domain/rcp/profile-diff";
import type { TEditableProfile } from "~/domain/rcp/profile-schema";
import { membershipChange } from "~/domain/peer-event/details";
import { isIsoCountryCode } from "~/lib/participant-code";
import type { TTx } from "~/server/db-client";
import { recordPeerEvents, type TPeerEventInput } from "./record";

const PRIORITY_FIELDS = new Set<string>(["priorities", "priorityThemes", "mainAreaThemes"]);

type TProfileSave = {
  rcpId: string;
  actorId: string;
  before: TEditableProfile;
  after: TEditableProfile;
  diff: readonly TProfileChange[];
};

export async function recordProfileEvents(tx: TTx, save: TProfileSave): Promise<void> {
  const themes = await tx.rcpTheme.findMany({ where: { rcpId: save.rcpId }, select: { themeId: true } });
  const base = {
    actorId: save.actorId,
    rcpId: save.rcpId,
    rcpIds: [save.rcpId],
    themeIds: themes.map((theme) => theme.themeId),
  };
  const events: TPeerEventInput[] = [];
  const priorityFields = save.diff.map((change) => change.field).filter((f) => PRIORITY_FIELDS.has(f));
  if (priorityFields.length > 0) {
    events.push({ ...base, kind: "PRIORITIES_CHANGED", details: { fields: priorityFields } });
  }
  const members = membershipChange(save.before.memberships, save.after.memberships);
  if (members.added.length > 0 || members.removed.length > 0) {
    const codes = [...members.added, ...members.removed].map((member) => member.code);
    events.push({
      ...base,
      kind: "MEMBERSHIP_CHANGED",
      countryCodes: codes.filter(isIsoCountryCode),
      details: members,
    });
  }
  await recordPeerEvents(tx, events);
}

export async function recordRcpCreated(tx: TTx, rcpId: string, actorId: string): Promise<void> {
  await recordPeerEvents(tx, [{ kind: "RCP_CREATED", actorId, rcpId, rcpIds: [rcpId] }]);
}
