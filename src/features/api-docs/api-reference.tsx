import { getTranslations } from "next-intl/server";
import { Section } from "~/components/ui/section";
import { EXAMPLE_REQUEST, exampleActivityList } from "~/domain/public-api/example";
import { API_BASE_PATH, buildOpenApiDocument } from "~/domain/public-api/openapi";
import { EndpointSection, type TOperation } from "./endpoint-section";
import { FieldsTable } from "./fields-table";
import type { TJsonSchema } from "./schema-text";

/** The schemas an answer is made of, in the order a reader meets them. */
const SCHEMAS = ["Rcp", "RcpProfile", "Activity", "ActivityDetail", "LocalizedText", "Problem"] as const;

const PROBLEMS = [
  ["invalid-parameter", "invalidParameter"],
  ["not-found", "notFound"],
  ["internal-error", "internalError"],
] as const;

const codeBlock = "overflow-x-auto rounded-card border border-line bg-canvas p-3 text-sm";

/**
 * The API's reference, rendered on the server from its OpenAPI document: endpoints, parameters
 * and answers come from the same schemas the routes use; the prose is translated.
 */
export async function ApiReference() {
  const t = await getTranslations("ApiDocs");
  const document = buildOpenApiDocument();
  const schemas = document.components.schemas as Record<string, TJsonSchema>;
  const operations = Object.entries(document.paths).map(([path, item]) => ({
    path,
    operation: item.get as unknown as TOperation,
  }));
  const example = JSON.stringify(exampleActivityList(), null, 2);
  return (
    <>
      <Section id="api-overview" title={t("overview.heading")}>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("overview.stable")}</li>
          <li>{t("overview.public")}</li>
          <li>{t("overview.pages")}</li>
          <li>{t("overview.caching")}</li>
          <li>{t("overview.languages")}</li>
        </ul>
        <p>
          {t("overview.document")}{" "}
          <a className="underline" href={`${API_BASE_PATH}/openapi.json`}>
            <code>{API_BASE_PATH}/openapi.json</code>
          </a>
        </p>
      </Section>
      <Section id="api-example" title={t("example.heading")}>
        <p>{t("example.intro")}</p>
        <pre className={codeBlock} tabIndex={0} aria-label={t("example.heading")}>
          <code>{`curl "https://rcp-exchange.example${EXAMPLE_REQUEST}"`}</code>
        </pre>
        <p>{t("example.answer")}</p>
        <pre className={codeBlock} tabIndex={0} aria-label={t("example.answer")}>
          <code>{example}</code>
        </pre>
      </Section>
      {operations.map(({ path, operation }) => (
        <EndpointSection key={path} path={path} operation={operation} />
      ))}
      <Section id="api-errors" title={t("errors.heading")}>
        <p>{t("errors.intro")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {PROBLEMS.map(([anchor, key]) => (
            // The problems' `type` links here (/en/api-docs#problem-…).
            <li key={anchor} id={`problem-${anchor}`} className="scroll-mt-4">
              {t(`errors.${key}`)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="api-schemas" title={t("schemas.heading")} className="space-y-6">
        <p className="text-sm text-muted">{t("fieldsInEnglish")}</p>
        {SCHEMAS.map((name) => (
          <div key={name} id={`schema-${name}`} className="scroll-mt-4">
            <FieldsTable name={name} schema={schemas[name] ?? {}} />
          </div>
        ))}
      </Section>
    </>
  );
}
