import { apiPreflight } from "~/server/public-api/http";
import { listActivities } from "~/server/public-api/endpoints";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => listActivities(request);
export const OPTIONS = apiPreflight;
