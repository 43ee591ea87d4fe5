import { getTranslations } from "next-intl/server";
import { RowHeader, Table, Td } from "~/components/ui/table";
import { constraintText, fieldsOf, type TJsonSchema } from "./schema-text";

/** The fields of one response schema; descriptions come from the document, in English. */
export async function FieldsTable({ name, schema }: { name: string; schema: TJsonSchema }) {
  const t = await getTranslations("ApiDocs");
  return (
    <Table
      caption={t("endpoint.fields", { schema: name })}
      isCaptionVisible
      columns={[t("columns.field"), t("columns.type"), t("columns.description")]}
    >
      {fieldsOf(schema).map((field) => (
        <tr key={field.path}>
          <RowHeader>
            <code>{field.path}</code>
          </RowHeader>
          <Td>
            <code className="break-all">{field.type}</code>
            <span className="block text-xs text-muted">
              {field.isRequired ? t("endpoint.required") : t("endpoint.optional")}
            </span>
          </Td>
          <Td lang="en">{field.description}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function ConstraintNote({ schema }: { schema: TJsonSchema }) {
  const text = constraintText(schema);
  return text ? <span className="block text-xs text-muted">{text}</span> : null;
}
