import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "~/domain/public-api/openapi";
import { fieldsOf, typeText, type TJsonSchema } from "./schema-text";

const schemas = buildOpenApiDocument().components.schemas as Record<string, TJsonSchema>;

describe("the reference page's reading of the document", () => {
  it("lists an activity's fields with their types, nested and nullable ones included", () => {
    const fields = fieldsOf(schemas.ActivityDetail!);
    const byPath = Object.fromEntries(fields.map((field) => [field.path, field]));
    expect(byPath.title?.type).toBe("LocalizedText");
    expect(byPath.end?.type).toBe("string | null");
    expect(byPath.startsAt?.type).toBe("string (date-time) | null");
    expect(byPath.hosts?.type).toBe("object[]");
    expect(byPath["hosts[].slug"]?.type).toBe("string");
    expect(byPath.kind?.type).toContain("WORKSHOP");
    expect(byPath.slug?.isRequired).toBe(true);
  });

  it("names list items by their component", () => {
    expect(typeText(schemas.ActivityList!.properties!.data!)).toBe("Activity[]");
  });
});
