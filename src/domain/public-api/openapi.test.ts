import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { ZActivityListQuery } from "./activities";
import { buildOpenApiDocument, OPERATIONS } from "./openapi";
import { ZRcpListQuery } from "./rcps";

const document = buildOpenApiDocument();

describe("the OpenAPI document of /api/v1", () => {
  it("is a valid OpenAPI 3.1 document, by an independent validator", async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator is not a rubber stamp: a parameter in a place OpenAPI does not know is refused.
    const broken = structuredClone(document) as unknown as {
      paths: Record<string, { get: { parameters: { in: string }[] } }>;
    };
    broken.paths["/activities"]!.get.parameters[0]!.in = "body";
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("documents every query parameter the code accepts, and no other", () => {
    const names = (path: "/rcps" | "/activities") =>
      document.paths[path].get.parameters.map((parameter) => parameter.name).sort();
    expect(names("/activities")).toEqual(Object.keys(ZActivityListQuery.shape).sort());
    expect(names("/rcps")).toEqual(Object.keys(ZRcpListQuery.shape).sort());
  });

  it("describes every operation, parameter and its errors", () => {
    for (const { path, operationId } of OPERATIONS) {
      const operation = document.paths[path].get;
      expect(operation.operationId).toBe(operationId);
      expect(operation.description).toBeTruthy();
      for (const parameter of operation.parameters)
        expect(parameter.description, parameter.name).toBeTruthy();
      expect(Object.keys(operation.responses)).toEqual(["200", path.endsWith("}") ? "404" : "400"]);
    }
  });

  it("says that v1 is stable and only grows", () => {
    expect(document.info.description).toMatch(/v1 is stable/);
    expect(document.info.description).toMatch(/additive/);
  });
});
