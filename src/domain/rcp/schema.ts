import { z } from "zod";

export const ZRcpSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9-]+$/);
export const ZRcpSlugInput = z.object({ slug: ZRcpSlug });
