import { Prisma } from "../../src/generated/prisma/client";
import { parsePartialDate } from "../../src/lib/partial-date";
import { ANNEX_B_TOPICS, type TSeedEntity, type TSeedRcp } from "./seed-schema";
import type { TTx } from "./tx";

const en = (text: string | null) => (text ? { en: text } : undefined);

/** Upserts the profile by slug and replaces its lists, so a second run leaves the same content. */
export async function loadRcp(
  tx: TTx,
  rcp: TSeedRcp,
  participants: Map<string, string>,
  themes: Map<string, string>,
) {
  const idOf = (entity: TSeedEntity | { country: string } | { org: string }) =>
    participants.get("country" in entity ? entity.country : entity.org) ?? "";
  const fields = {
    name: rcp.name,
    acronym: rcp.acronym,
    shortName: rcp.shortName,
    localizedNames: rcp.localizedNames ?? Prisma.DbNull,
    otherNames: rcp.otherNames,
    yearEstablished: rcp.yearEstablished,
    region: rcp.region,
    website: rcp.website,
    description: { en: rcp.description },
    membersNote: en(rcp.membersNote),
    observersNote: en(rcp.observersNote),
    developmentGroup: rcp.developmentGroup,
    secretariatKind: rcp.secretariat.kind,
    secretariatText: en(rcp.secretariat.text),
  };
  const { id } = await tx.rcp.upsert({
    where: { slug: rcp.slug },
    create: { slug: rcp.slug, ...fields },
    update: fields,
    select: { id: true },
  });
  const where = { rcpId: id };
  await Promise.all([
    tx.rcpPriority.deleteMany({ where }),
    tx.membership.deleteMany({ where }),
    tx.secretariatHost.deleteMany({ where }),
    tx.chairTerm.deleteMany({ where }),
    tx.foundingDocument.deleteMany({ where }),
    tx.rcpTheme.deleteMany({ where }),
    tx.annexBAnswer.deleteMany({ where }),
  ]);

  await tx.rcpPriority.createMany({
    data: rcp.priorities.map((text, position) => ({ rcpId: id, position, text: { en: text } })),
  });
  const founded = parsePartialDate(String(rcp.yearEstablished), "start");
  const since = { startDate: founded?.date, startPrecision: founded?.precision };
  await tx.membership.createMany({
    data: [
      ...rcp.members.map((country) => ({
        rcpId: id,
        participantId: idOf({ country }),
        role: "MEMBER" as const,
      })),
      ...rcp.formerMembers.map((former) => {
        const until = parsePartialDate(former.until, "end");
        return {
          rcpId: id,
          participantId: idOf({ country: former.code }),
          role: "MEMBER" as const,
          ...since,
          endDate: until?.date,
          endPrecision: until?.precision,
        };
      }),
      ...rcp.observers.map((entity) => ({
        rcpId: id,
        participantId: idOf(entity),
        role: "OBSERVER" as const,
      })),
      ...rcp.partners.map((entity) => ({ rcpId: id, participantId: idOf(entity), role: "PARTNER" as const })),
      ...rcp.participants.map((entity) => ({
        rcpId: id,
        participantId: idOf(entity),
        role: "PARTICIPANT" as const,
      })),
    ],
  });
  await tx.secretariatHost.createMany({
    data: rcp.secretariat.hosts.map((org) => ({ rcpId: id, participantId: idOf({ org }) })),
  });
  await tx.chairTerm.createMany({
    data: rcp.chairs.map((chair) => {
      const from = chair.from ? parsePartialDate(chair.from, "start") : null;
      const to = chair.to ? parsePartialDate(chair.to, "end") : null;
      return {
        rcpId: id,
        role: chair.role,
        participantId: idOf("country" in chair ? { country: chair.country } : { org: chair.org }),
        startDate: from?.date,
        startPrecision: from?.precision,
        endDate: to?.date,
        endPrecision: to?.precision,
      };
    }),
  });
  await tx.foundingDocument.createMany({
    data: rcp.foundingDocuments.map((document) => ({ rcpId: id, ...document })),
  });
  await tx.rcpTheme.createMany({
    data: [
      ...rcp.themes.main.map((slug) => ({
        rcpId: id,
        themeId: themes.get(slug) ?? "",
        kind: "MAIN_AREA" as const,
      })),
      ...rcp.themes.priority.map((slug) => ({
        rcpId: id,
        themeId: themes.get(slug) ?? "",
        kind: "PRIORITY" as const,
      })),
    ],
  });
  if (rcp.annexB) {
    await tx.annexBAnswer.createMany({
      data: Object.entries(ANNEX_B_TOPICS).map(([key, topic]) => {
        const answer = rcp.annexB![key as keyof typeof ANNEX_B_TOPICS];
        return { rcpId: id, topic, status: answer.status, text: en(answer.text ?? null) };
      }),
    });
  }
  return id;
}
