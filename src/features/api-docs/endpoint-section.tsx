import { getTranslations } from "next-intl/server";
import { Section } from "~/components/ui/section";
import { RowHeader, Table, Td } from "~/components/ui/table";
import { API_BASE_PATH, type TOperationId } from "~/domain/public-api/openapi";
import { ConstraintNote } from "./fields-table";
import { refName, typeText, type TJsonSchema } from "./schema-text";

export type TParameter = { name: string; in: string; required: boolean; schema: TJsonSchema };
export type TOperation = {
  operationId: TOperationId;
  parameters: TParameter[];
  responses: Record<string, { content: Record<string, { schema: TJsonSchema }> }>;
};

/** One endpoint: its address, what it does, its parameters and its answers. */
export async function EndpointSection({ path, operation }: { path: string; operation: TOperation }) {
  const t = await getTranslations("ApiDocs");
  const id = operation.operationId;
  return (
    <Section id={id} variant="card" title={t(`operations.${id}.summary`)}>
      <p>
        <code className="rounded bg-canvas px-2 py-1 font-semibold">
          GET {API_BASE_PATH}
          {path}
        </code>
      </p>
      <p>{t(`operations.${id}.description`)}</p>
      <h3 className="font-semibold">{t("endpoint.parameters")}</h3>
      <Table
        caption={`${t("endpoint.parameters")} — ${t(`operations.${id}.summary`)}`}
        columns={[t("columns.name"), t("columns.where"), t("columns.type"), t("columns.description")]}
      >
        {operation.parameters.map((parameter) => (
          <tr key={parameter.name}>
            <RowHeader>
              <code>{parameter.name}</code>
            </RowHeader>
            <Td>{t(`where.${parameter.in === "path" ? "path" : "query"}`)}</Td>
            <Td>
              <code className="break-all">{typeText(parameter.schema)}</code>
              <ConstraintNote schema={parameter.schema} />
            </Td>
            <Td>{t(`parameters.${parameter.name as "slug"}`)}</Td>
          </tr>
        ))}
      </Table>
      <h3 className="font-semibold">{t("endpoint.answers")}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {Object.entries(operation.responses).map(([status, response]) => {
          const schema = Object.values(response.content)[0]?.schema;
          return (
            <li key={status}>
              <strong>{status}</strong> — {t(`answers.${status as "200"}`)}{" "}
              {schema?.$ref && (
                <a className="underline" href={`#schema-${refName(schema.$ref)}`}>
                  <code>{refName(schema.$ref)}</code>
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
