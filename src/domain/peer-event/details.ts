// What an event keeps of a change that its subject no longer shows (previous dates, the members a
// process had), per kind. Written by the server, read back by the feed's sentences: parsed on read,
// so an event recorded under an older shape still renders as far as it can.
import { z } from "zod";

export const ZActivityWhen = z.object({
  startDate: z.string(),
  endDate: z.string().nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  timeZone: z.string().nullable(),
});
export type TActivityWhen = z.infer<typeof ZActivityWhen>;

export const ZRescheduledDetails = z.object({
  previous: ZActivityWhen,
  /** Set when the hosts postponed it without new dates yet. */
  isPostponed: z.boolean().optional(),
});
export type TRescheduledDetails = z.infer<typeof ZRescheduledDetails>;

const ZMember = z.object({ code: z.string(), role: z.string() });
export const ZMembershipDetails = z.object({ added: z.array(ZMember), removed: z.array(ZMember) });
export type TMembershipDetails = z.infer<typeof ZMembershipDetails>;

export const ZPrioritiesDetails = z.object({ fields: z.array(z.string()) });
export type TPrioritiesDetails = z.infer<typeof ZPrioritiesDetails>;

export const ZDocumentDetails = z.object({ title: z.string() });
export type TDocumentDetails = z.infer<typeof ZDocumentDetails>;

type TMembership = { code: string; role: string; end: string };

/** Who joined or left: a membership without an end is current; a new end date is a departure. */
export function membershipChange(
  before: readonly TMembership[],
  after: readonly TMembership[],
): TMembershipDetails {
  const current = (list: readonly TMembership[]) =>
    new Map(list.filter((item) => !item.end).map((item) => [`${item.code}/${item.role}`, item]));
  const was = current(before);
  const is = current(after);
  const pick = ({ code, role }: TMembership) => ({ code, role });
  return {
    added: [...is].filter(([key]) => !was.has(key)).map(([, item]) => pick(item)),
    removed: [...was].filter(([key]) => !is.has(key)).map(([, item]) => pick(item)),
  };
}
