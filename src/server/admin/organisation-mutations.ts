import type { TUpdateOrganisationAcronymsInput } from "~/domain/admin/organisation-schema";
import { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/server/audit/record";
import type { TAccess } from "~/server/user/access";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { readAcronyms } from "~/lib/participant-name";
import { revalidatePublicPages } from "~/server/cache/revalidate-public";
import { adminOrganisationSelect } from "./organisation-data";

/**
 * Sets an organisation's French and Spanish acronyms (a missing one reads as the English acronym).
 * Public pages name organisations, so they are rebuilt; an unchanged value records nothing.
 */
export async function updateOrganisationAcronyms(
  db: TDb,
  actor: TAccess,
  { id, data }: TUpdateOrganisationAcronymsInput,
) {
  const acronyms = { ...(data.fr ? { fr: data.fr } : {}), ...(data.es ? { es: data.es } : {}) };
  const result = await db.$transaction(async (tx) => {
    const before = await tx.participant.findFirst({
      where: { id, kind: "ORGANISATION" },
      select: { localizedAcronyms: true },
    });
    if (!before) throw new DomainError("NOT_FOUND");
    const previous = readAcronyms(before.localizedAcronyms);
    const isChanged = previous.fr !== acronyms.fr || previous.es !== acronyms.es;
    const organisation = await tx.participant.update({
      where: { id },
      data: { localizedAcronyms: Object.keys(acronyms).length > 0 ? acronyms : Prisma.DbNull },
      select: adminOrganisationSelect,
    });
    if (isChanged) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "organisation.update",
        targetType: "organisation",
        targetId: id,
        details: { code: organisation.code, from: previous, to: acronyms },
      });
    }
    return { organisation, isChanged };
  });
  if (result.isChanged) revalidatePublicPages();
  return result.organisation;
}
