// Reads the JSON Schemas of the OpenAPI document into what the reference page prints: a short
// type per field and the fields of an object, nested ones by their dotted path.

export type TJsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: TJsonSchema[];
  items?: TJsonSchema;
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  $ref?: string;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  description?: string;
};

export type TField = { path: string; type: string; description: string | null; isRequired: boolean };

/** The component a `$ref` names: "#/components/schemas/Activity" → "Activity". */
export const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

export function typeText(schema: TJsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.anyOf) return schema.anyOf.map(typeText).join(" | ");
  if (schema.enum) return schema.enum.map(String).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const text = types
    .map((type) => {
      if (type === "array") return `${schema.items ? typeText(schema.items) : "any"}[]`;
      if (type === "string" && schema.format) return `string (${schema.format})`;
      if (type === "integer" && schema.minimum !== undefined && schema.maximum !== undefined)
        return `integer ${schema.minimum}–${schema.maximum}`;
      return type;
    })
    .join(" | ");
  return text || "any";
}

/** The default or constraint worth saying next to the type, if any. */
export function constraintText(schema: TJsonSchema): string | null {
  const parts = [
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : null,
    schema.pattern ? `pattern ${schema.pattern}` : null,
    schema.maxLength !== undefined ? `≤ ${schema.maxLength} characters` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * The fields of an object schema. Nested objects written in place are listed under a dotted
 * path ("secretariat.kind", "memberships[].role"); named components are referred to, not repeated.
 */
export function fieldsOf(schema: TJsonSchema, prefix = ""): TField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const nullable = property.anyOf?.find((option) => option.type !== "null") ?? property;
    const inner = nullable.type === "array" && nullable.items ? nullable.items : nullable;
    const field: TField = {
      path,
      type: typeText(property),
      description: property.description ?? nullable.description ?? null,
      isRequired: required.has(name),
    };
    const isArray = nullable.type === "array";
    const nested = inner.properties ? fieldsOf(inner, `${path}${isArray ? "[]" : ""}.`) : [];
    return [
      { ...field, type: inner.properties && !inner.$ref ? (isArray ? "object[]" : "object") : field.type },
      ...nested,
    ];
  });
}
