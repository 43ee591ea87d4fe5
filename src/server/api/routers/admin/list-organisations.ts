import { listAdminOrganisations } from "~/server/admin/organisation-data";
import { adminProcedure } from "../../trpc";

/** Every organisation, with its acronyms per language. */
export const listOrganisations = adminProcedure.query(({ ctx }) => listAdminOrganisations(ctx.db));
