// The OpenAPI 3.1 document of /api/v1, generated from the very schemas the routes validate queries
// with and shape answers through: a change to the API is a change to its document.
import { z } from "zod";
import {
  ZActivityDetail,
  ZActivityListQuery,
  ZActivityListResponse,
  ZActivityResponse,
  ZActivitySummary,
} from "./activities";
import { ZApiLocalizedText, ZProblem } from "./common";
import { ZRcpListQuery, ZRcpListResponse, ZRcpProfile, ZRcpResponse, ZRcpSummary } from "./rcps";

export const API_BASE_PATH = "/api/v1";

type TJsonSchema = Record<string, unknown>;

const components = z.registry<{ id: string }>();
components.add(ZApiLocalizedText, { id: "LocalizedText" });
components.add(ZRcpSummary, { id: "Rcp" });
components.add(ZRcpProfile, { id: "RcpProfile" });
components.add(ZActivitySummary, { id: "Activity" });
components.add(ZActivityDetail, { id: "ActivityDetail" });
components.add(ZRcpListResponse, { id: "RcpList" });
components.add(ZRcpResponse, { id: "RcpProfileResponse" });
components.add(ZActivityListResponse, { id: "ActivityList" });
components.add(ZActivityResponse, { id: "ActivityResponse" });
components.add(ZProblem, { id: "Problem" });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Answers may gain fields in v1 (it is additive): their schemas do not forbid unknown ones. */
function allowAdditions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(allowAdditions);
  if (typeof schema !== "object" || schema === null) return schema;
  const entries = Object.entries(schema).filter(
    ([key, value]) =>
      !(key === "additionalProperties" && value === false) && key !== "$schema" && key !== "$id",
  );
  return Object.fromEntries(entries.map(([key, value]) => [key, allowAdditions(value)]));
}

function schemas(): Record<string, TJsonSchema> {
  const generated = z.toJSONSchema(components, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return allowAdditions(generated.schemas) as Record<string, TJsonSchema>;
}

/** The query parameters of an endpoint, one per key of its query schema. */
function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as {
    properties?: Record<string, TJsonSchema>;
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, examples, ...rest } = property;
    return {
      name,
      in: "query",
      required: false,
      ...(typeof description === "string" ? { description } : {}),
      ...(Array.isArray(examples) && examples.length > 0 ? { example: examples[0] as unknown } : {}),
      schema: rest,
    };
  });
}

const slugParameter = (what: string, example: string) => ({
  name: "slug",
  in: "path",
  required: true,
  description: `The ${what}'s slug.`,
  example,
  schema: { type: "string", pattern: "^[a-z0-9-]{1,100}$" },
});

const json = (schema: object, description: string) => ({
  description,
  headers: {
    "Cache-Control": {
      description: "public, max-age=60: answers may be up to a minute old.",
      schema: { type: "string" },
    },
  },
  content: { "application/json": { schema } },
});

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const badRequest = problem(
  "A parameter is unknown, repeated or invalid: the problem's `parameter` names it and its `detail` says what it takes.",
);
const notFound = problem("No public item has this slug (unknown, or not public).");

export const OPERATIONS = [
  { path: "/rcps", operationId: "listRcps" },
  { path: "/rcps/{slug}", operationId: "getRcp" },
  { path: "/activities", operationId: "listActivities" },
  { path: "/activities/{slug}", operationId: "getActivity" },
] as const;

export type TOperationId = (typeof OPERATIONS)[number]["operationId"];

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.1",
    info: {
      title: "RCP Exchange public read API",
      version: "1.0.0",
      description: [
        "Read-only access to the public data of RCP Exchange: the Regional Consultative Processes on migration,",
        "their memberships, and their public activities. Only public content is ever returned, whoever asks:",
        "no key or sign-in is needed, and a session cookie changes nothing.",
        "",
        "v1 is stable: within v1, changes are additive only (new endpoints, parameters, fields or enum values);",
        "nothing is renamed, removed or changes meaning. Clients should ignore fields they do not know.",
        "A change that is not additive would come as /api/v2, with v1 kept alongside.",
        "",
        "Lists are paginated by keyset: follow `nextCursor` until it is null. Answers are JSON,",
        "may be cached for a minute (Cache-Control), and any site may read them (CORS).",
        "Errors are RFC 9457 problem details (application/problem+json).",
      ].join("\n"),
      license: { name: "Public data", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: API_BASE_PATH }],
    tags: [
      { name: "RCPs", description: "The Regional Consultative Processes and their memberships." },
      { name: "Activities", description: "Public activities: conferences, meetings, workshops, trainings." },
    ],
    paths: {
      "/rcps": {
        get: {
          operationId: "listRcps",
          tags: ["RCPs"],
          summary: "List the RCPs",
          description: "Every active RCP, by slug.",
          parameters: queryParameters(ZRcpListQuery),
          responses: { "200": json(ref("RcpList"), "A page of RCPs."), "400": badRequest },
        },
      },
      "/rcps/{slug}": {
        get: {
          operationId: "getRcp",
          tags: ["RCPs"],
          summary: "One RCP's profile",
          description: "Its names in three languages, region, secretariat, themes and memberships.",
          parameters: [slugParameter("RCP", "bali-process")],
          responses: { "200": json(ref("RcpProfileResponse"), "The RCP's profile."), "404": notFound },
        },
      },
      "/activities": {
        get: {
          operationId: "listActivities",
          tags: ["Activities"],
          summary: "List public activities",
          description: "Filtered as on the activity pages; filters combine (all must hold).",
          parameters: queryParameters(ZActivityListQuery),
          responses: { "200": json(ref("ActivityList"), "A page of activities."), "400": badRequest },
        },
      },
      "/activities/{slug}": {
        get: {
          operationId: "getActivity",
          tags: ["Activities"],
          summary: "One public activity",
          description: "Everything its public page shows: hosts, place, time, themes, description.",
          parameters: [slugParameter("activity", "bali-process-workshop-2004-05")],
          responses: { "200": json(ref("ActivityResponse"), "The activity."), "404": notFound },
        },
      },
    },
    components: { schemas: schemas() },
  };
}

export type TOpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
