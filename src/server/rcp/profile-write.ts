// Writes an editable profile into the Rcp row and its lists, inside the caller's transaction.
import type { TEditableProfile, TLocalizedInput } from "~/domain/rcp/profile-schema";
import { Prisma } from "~/generated/prisma/client";
import { isIsoCountryCode } from "~/lib/participant-code";
import { parsePartialDate } from "~/lib/partial-date";
import { TERRITORY_CODES } from "~/domain/country/names";
import { storedNameTranslations } from "~/domain/rcp/names";
import type { TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { tenantId } from "./tenant";

/** Stored texts keep only the languages that were written. */
function requiredText(text: TLocalizedInput): Prisma.InputJsonObject {
  return { en: text.en, ...(text.fr ? { fr: text.fr } : {}), ...(text.es ? { es: text.es } : {}) };
}

/** An optional text without its English original is no text. */
function storedText(text: TLocalizedInput): Prisma.InputJsonObject | typeof Prisma.DbNull {
  return text.en ? requiredText(text) : Prisma.DbNull;
}

function storedPeriod(period: { start: string; end: string }) {
  const start = period.start ? parsePartialDate(period.start, "start") : null;
  const end = period.end ? parsePartialDate(period.end, "end") : null;
  return {
    startDate: start?.date ?? null,
    startPrecision: start?.precision ?? null,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
  };
}

/**
 * Participant ids by code. A state or territory is added the first time any RCP names it (the
 * reference data only holds those named so far); an organisation must already exist.
 */
async function participantIds(tx: TTx, codes: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  const find = () =>
    tx.participant.findMany({ where: { code: { in: wanted } }, select: { id: true, code: true } });
  let found = await find();
  const missing = wanted.filter((code) => !found.some((participant) => participant.code === code));
  const unknown = missing.filter((code) => !isIsoCountryCode(code));
  if (unknown.length > 0) throw new DomainError("BAD_REQUEST", "unknownParticipant", { codes: unknown });
  if (missing.length > 0) {
    await tx.participant.createMany({
      data: missing.map((code) => ({ code, kind: TERRITORY_CODES.has(code) ? "TERRITORY" : "STATE" })),
      // Another RCP's save may add the same state at the same moment.
      skipDuplicates: true,
    });
    found = await find();
  }
  return new Map(found.map((participant) => [participant.code, participant.id]));
}

async function themeIds(tx: TTx, slugs: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(slugs)];
  const found = await tx.theme.findMany({
    where: { slug: { in: wanted } },
    select: { id: true, slug: true },
  });
  const unknown = wanted.filter((slug) => !found.some((theme) => theme.slug === slug));
  if (unknown.length > 0) throw new DomainError("BAD_REQUEST", "unknownTheme", { slugs: unknown });
  return new Map(found.map((theme) => [theme.slug, theme.id]));
}

/** Replaces the profile's fields and lists with `data`. The caller holds the row (see mutations.ts). */
export async function writeProfile(tx: TTx, rcpId: string, data: TEditableProfile) {
  const id = tenantId(rcpId);
  const participants = await participantIds(tx, [
    ...data.memberships.map((membership) => membership.code),
    ...data.secretariatHosts.map((host) => host.code),
    ...data.chairTerms.map((term) => term.code),
  ]);
  const themes = await themeIds(tx, [...data.mainAreaThemes, ...data.priorityThemes]);
  const participantId = (code: string) => participants.get(code) ?? "";
  const themeId = (slug: string) => themes.get(slug) ?? "";

  await tx.rcp.update({
    where: { id },
    data: {
      name: data.name,
      shortName: data.shortName,
      acronym: data.acronym || null,
      localizedNames: storedNameTranslations(data) ?? Prisma.DbNull,
      otherNames: data.otherNames.map((item) => item.name),
      yearEstablished: data.yearEstablished,
      region: data.region,
      website: data.website || null,
      description: requiredText(data.description),
      membersNote: storedText(data.membersNote),
      observersNote: storedText(data.observersNote),
      secretariatKind: data.secretariatKind,
      secretariatText: storedText(data.secretariatText),
      developmentGroup: data.developmentGroup,
    },
    select: { id: true },
  });

  // One query at a time: a transaction is one connection, and pg refuses overlapping queries.
  const where = { rcpId: id };
  await tx.rcpPriority.deleteMany({ where });
  await tx.membership.deleteMany({ where });
  await tx.secretariatHost.deleteMany({ where });
  await tx.chairTerm.deleteMany({ where });
  await tx.foundingDocument.deleteMany({ where });
  await tx.rcpTheme.deleteMany({ where });
  await tx.annexBAnswer.deleteMany({ where });
  await tx.rcpPriority.createMany({
    data: data.priorities.map((text, position) => ({ rcpId: id, position, text: requiredText(text) })),
  });
  await tx.membership.createMany({
    data: data.memberships.map((membership) => ({
      rcpId: id,
      participantId: participantId(membership.code),
      role: membership.role,
      ...storedPeriod(membership),
    })),
  });
  await tx.secretariatHost.createMany({
    data: data.secretariatHosts.map((host) => ({ rcpId: id, participantId: participantId(host.code) })),
  });
  await tx.chairTerm.createMany({
    data: data.chairTerms.map((term) => ({
      rcpId: id,
      participantId: participantId(term.code),
      role: term.role,
      ...storedPeriod(term),
    })),
  });
  await tx.foundingDocument.createMany({
    data: data.foundingDocuments.map((document) => ({ rcpId: id, ...document })),
  });
  await tx.rcpTheme.createMany({
    data: [
      ...data.mainAreaThemes.map((slug) => ({
        rcpId: id,
        themeId: themeId(slug),
        kind: "MAIN_AREA" as const,
      })),
      ...data.priorityThemes.map((slug) => ({
        rcpId: id,
        themeId: themeId(slug),
        kind: "PRIORITY" as const,
      })),
    ],
  });
  await tx.annexBAnswer.createMany({
    data: Object.entries(data.annexB).flatMap(([topic, answer]) =>
      answer.status
        ? [
            {
              rcpId: id,
              topic: topic as keyof TEditableProfile["annexB"],
              status: answer.status,
              text: answer.status === "ANSWER" ? storedText(answer.text) : Prisma.DbNull,
            },
          ]
        : [],
    ),
  });
}
