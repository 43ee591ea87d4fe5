// The /api/v1 endpoints, one function each; the route files under src/app/api/v1 only wire them.
// No endpoint reads the session: the same address gives everyone the same public answer.
import { ZActivityListQuery, ZActivityListResponse, ZActivityResponse } from "~/domain/public-api/activities";
import { buildOpenApiDocument } from "~/domain/public-api/openapi";
import { ZRcpListQuery, ZRcpListResponse, ZRcpResponse } from "~/domain/public-api/rcps";
import { isSlug } from "~/lib/record-id";
import { db } from "~/server/db";
import { getApiActivity, listApiActivities } from "./activities";
import {
  answer,
  apiJson,
  apiProblem,
  cachedRead,
  notFoundProblem,
  readQuery,
  API_CACHE_CONTROL,
} from "./http";
import { getApiRcp, listApiRcps } from "./rcps";

const readRcps = cachedRead("rcps", (limit: number, after: string | null) => listApiRcps(db, limit, after));
const readRcp = cachedRead("rcp", (slug: string) => getApiRcp(db, slug));
const readActivities = cachedRead(
  "activities",
  (query: Parameters<typeof listApiActivities>[1], today: string) =>
    listApiActivities(db, query, new Date(`${today}T00:00:00Z`)),
);
const readActivity = cachedRead("activity", (slug: string) => getApiActivity(db, slug));

export const listRcps = (request: Request) =>
  answer(async () => {
    const query = readQuery(request, ZRcpListQuery);
    if (query.refusal) return query.refusal;
    const { limit, cursor } = query.data;
    return apiJson(ZRcpListResponse, await readRcps(limit, cursor?.slug ?? null));
  });

export const getRcp = (slug: string) =>
  answer(async () => {
    const rcp = isSlug(slug) ? await readRcp(slug) : null;
    return rcp ? apiJson(ZRcpResponse, { data: rcp }) : notFoundProblem("RCP");
  });

export const listActivities = (request: Request) =>
  answer(async () => {
    const query = readQuery(request, ZActivityListQuery);
    if (query.refusal) return query.refusal;
    // The day the upcoming/past split is made on is part of the cache key: a new day, a new answer.
    const today = new Date().toISOString().slice(0, 10);
    return apiJson(ZActivityListResponse, await readActivities(query.data, today));
  });

export const getActivity = (slug: string) =>
  answer(async () => {
    const activity = isSlug(slug) ? await readActivity(slug) : null;
    return activity ? apiJson(ZActivityResponse, { data: activity }) : notFoundProblem("activity");
  });

export const unknownEndpoint = () =>
  Promise.resolve(apiProblem(404, "There is no such endpoint in /api/v1; see /api/v1/openapi.json."));

/** Built once per server: it depends on the code only. */
const document = JSON.stringify(buildOpenApiDocument());

export const openApiDocument = () =>
  Promise.resolve(
    new Response(document, {
      headers: {
        "Content-Type": "application/json",
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": API_CACHE_CONTROL,
      },
    }),
  );
