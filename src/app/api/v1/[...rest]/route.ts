import { apiPreflight } from "~/server/public-api/http";
import { unknownEndpoint } from "~/server/public-api/endpoints";

// Any other address under /api/v1 answers as the API does (a JSON problem), not with an HTML page.
export const dynamic = "force-dynamic";

export const GET = unknownEndpoint;
export const OPTIONS = apiPreflight;
