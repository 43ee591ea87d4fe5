import { z } from "zod";
import { ZSlug } from "~/lib/record-id";

export const ZRcpSlug = ZSlug;
export const ZRcpSlugInput = z.object({ slug: ZRcpSlug });
