import { getTranslations } from "next-intl/server";
import { RowHeader, Table, Td } from "~/components/ui/table";
import { AcronymsForm, type TOrganisationRow } from "./acronyms-form";

/** Every organisation with its English acronym and a form for its French and Spanish ones. */
export async function OrganisationTable({ organisations }: { organisations: TOrganisationRow[] }) {
  const t = await getTranslations("AdminOrganisations");
  return (
    <Table
      caption={t("tableCaption")}
      columns={[t("columns.name"), t("columns.acronym"), t("columns.acronyms")]}
    >
      {organisations.map((organisation) => (
        <tr key={organisation.id}>
          <RowHeader>
            <span className="block font-medium">{organisation.name}</span>
          </RowHeader>
          <Td>
            <span lang="en">{organisation.acronym ?? t("noAcronym")}</span>
          </Td>
          <Td>
            <AcronymsForm organisation={organisation} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
