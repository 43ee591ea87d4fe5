import { apiPreflight } from "~/server/public-api/http";
import { openApiDocument } from "~/server/public-api/endpoints";

export const dynamic = "force-dynamic";

export const GET = openApiDocument;
export const OPTIONS = apiPreflight;
