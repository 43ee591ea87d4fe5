import { z } from "zod";
import { ZId } from "./fields";

export const MAIL_PER_PAGE = 25;

/** Failed: gave up, waiting for an administrator. Waiting: not sent yet (queued, retrying, or being sent). */
export const MAIL_VIEWS = ["failed", "waiting"] as const;
export type TMailView = (typeof MAIL_VIEWS)[number];

export const ZListMailInput = z.object({
  view: z.enum(MAIL_VIEWS).default("failed"),
  page: z.number().int().min(1).max(100_000).default(1),
});
export type TListMailInput = z.output<typeof ZListMailInput>;

export const ZRetryMailInput = z.object({ id: ZId });
