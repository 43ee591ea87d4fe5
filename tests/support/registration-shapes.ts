// What registration's procedures answer, as the authorization matrix checks it.
import { z } from "zod";

const ZStatus = z.enum(["PENDING", "CONFIRMED", "WAITLISTED", "REJECTED", "WITHDRAWN"]);

export const ZRegistrationView = z
  .object({ id: z.string(), status: ZStatus, email: z.string(), name: z.string(), version: z.number() })
  .loose();

export const ZOverview = z
  .object({
    state: z.literal("OPEN"),
    settings: z.object({ capacity: z.number(), version: z.number() }).loose(),
    seats: z.object({ capacity: z.number(), taken: z.number(), waitlisted: z.number() }).loose(),
    canManage: z.boolean(),
  })
  .loose();

export const ZTransition = z.object({ status: ZStatus, version: z.number().int().min(2) }).strict();
export const ZCreated = z.object({ id: z.string().min(1), status: ZStatus, version: z.literal(1) }).strict();

export const ZParticipantsPage = z
  .object({
    scope: z.literal("ALL"),
    items: z.array(ZRegistrationView).length(1),
    counts: z.record(ZStatus, z.number()),
    nextAfter: z.null(),
  })
  .strict();

export const ZHistory = z
  .array(z.object({ toStatus: ZStatus, byToken: z.boolean(), createdAt: z.date() }).loose())
  .min(1);

export const ZByToken = ZRegistrationView.extend({
  activity: z.object({ slug: z.string() }).loose(),
  questions: z.array(z.string()),
  state: z.string(),
});
