// What the feed of peer updates accepts: the same filters from the page's address and the procedure.
import { z } from "zod";
import { REGIONS } from "~/domain/rcp/regions";
import { locales } from "~/i18n/routing";
import { ZSlug } from "~/lib/record-id";

export const PEER_EVENT_KINDS = [
  "ACTIVITY_POSTED",
  "ACTIVITY_RESCHEDULED",
  "ACTIVITY_CANCELLED",
  "REGISTRATION_OPENED",
  "DOCUMENT_PUBLISHED",
  "COHOST_JOINED",
  "PRIORITIES_CHANGED",
  "MEMBERSHIP_CHANGED",
  "RCP_CREATED",
] as const;
export type TPeerEventKind = (typeof PEER_EVENT_KINDS)[number];

export const FEED_PAGE_SIZE = 20;

/** An event id as the address carries it: the keyset of the next page (ids only grow). */
export const ZEventCursor = z.string().regex(/^[1-9][0-9]{0,17}$/, "is not a valid cursor");

export const ZFeedFilters = z
  .object({
    rcp: ZSlug.optional(),
    theme: ZSlug.optional(),
    region: z.enum(REGIONS).optional(),
    kind: z.enum(PEER_EVENT_KINDS).optional(),
  })
  .strict();
export type TFeedFilters = z.infer<typeof ZFeedFilters>;

export const ZFeedListInput = ZFeedFilters.extend({
  locale: z.enum(locales),
  before: ZEventCursor.optional(),
  limit: z.number().int().min(1).max(50).optional(),
}).strict();
export type TFeedListInput = z.infer<typeof ZFeedListInput>;
