import { Prisma } from "../../src/generated/prisma/client";
import { TERRITORY_CODES } from "../../src/domain/country/names";
import type { TSeedData } from "./seed-schema";
import type { TTx } from "./tx";

export async function loadThemes(tx: TTx, data: TSeedData) {
  for (const theme of data.themes) {
    await tx.theme.upsert({ where: { slug: theme.slug }, create: theme, update: { label: theme.label } });
  }
}

/** Organisations and every state or territory the data names, keyed by code. Returns code → id. */
export async function loadParticipants(tx: TTx, data: TSeedData): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const organisation of data.organisations) {
    const fields = {
      kind: "ORGANISATION" as const,
      acronym: organisation.acronym,
      localizedAcronyms: organisation.localizedAcronyms ?? Prisma.DbNull,
      name: organisation.name,
    };
    const row = await tx.participant.upsert({
      where: { code: organisation.slug },
      create: { code: organisation.slug, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.set(organisation.slug, row.id);
  }
  for (const code of countryCodes(data)) {
    const kind = TERRITORY_CODES.has(code) ? ("TERRITORY" as const) : ("STATE" as const);
    const row = await tx.participant.upsert({
      where: { code },
      create: { code, kind },
      update: { kind },
      select: { id: true },
    });
    ids.set(code, row.id);
  }
  return ids;
}

function countryCodes(data: TSeedData): string[] {
  const codes = new Set<string>();
  for (const rcp of data.rcps) {
    rcp.members.forEach((code) => codes.add(code));
    rcp.formerMembers.forEach((former) => codes.add(former.code));
    for (const entity of [...rcp.observers, ...rcp.partners, ...rcp.participants, ...rcp.chairs]) {
      if ("country" in entity) codes.add(entity.country);
    }
  }
  return [...codes].sort();
}
