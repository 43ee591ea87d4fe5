import { apiPreflight } from "~/server/public-api/http";
import { getRcp } from "~/server/public-api/endpoints";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return getRcp((await params).slug);
}
export const OPTIONS = apiPreflight;
