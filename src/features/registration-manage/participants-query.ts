// The participants page's filters as they appear in its address; anything else is a 404, never a
// query with a value the reader typed.
import { z } from "zod";
import { REGISTRATION_STATUSES, type TRegistrationStatus } from "~/domain/registration/vocabulary";

const ZQuery = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  rcp: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
  after: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
});

export type TParticipantsQuery = { status?: TRegistrationStatus; rcp?: string; after?: string };

/** The filters, or null for an address no link of ours makes. */
export function parseParticipantsQuery(
  search: Record<string, string | string[] | undefined>,
): TParticipantsQuery | null {
  const single = Object.fromEntries(
    Object.entries(search).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const parsed = ZQuery.safeParse(single);
  return parsed.success ? parsed.data : null;
}

/** The address of the list under these filters (and page). */
export function participantsHref(base: string, query: TParticipantsQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.rcp) params.set("rcp", query.rcp);
  if (query.after) params.set("after", query.after);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
