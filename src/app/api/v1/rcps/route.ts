import { apiPreflight } from "~/server/public-api/http";
import { listRcps } from "~/server/public-api/endpoints";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => listRcps(request);
export const OPTIONS = apiPreflight;
