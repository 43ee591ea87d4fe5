import { isCountryCode } from "../../src/domain/country/names";
import type { TSeedData, TSeedEntity, TSeedRcp } from "./seed-schema";

export class SeedDataError extends Error {
  override name = "SeedDataError";
}

/** Invariants across files that a schema cannot express. Messages name the RCP and the field. */
export function validateSeedData(data: TSeedData): void {
  const organisations = new Set(data.organisations.map((organisation) => organisation.slug));
  const themes = new Set(data.themes.map((theme) => theme.slug));
  const rcps = new Set<string>();
  for (const rcp of data.rcps) {
    if (rcps.has(rcp.slug)) fail(rcp, "slug", `"${rcp.slug}" is used by another RCP`);
    rcps.add(rcp.slug);
    validateRcp(rcp, organisations, themes);
  }
  for (const activity of data.activities) {
    for (const slug of activity.rcps) {
      if (!rcps.has(slug))
        throw new SeedDataError(`activity ${activity.slug}: rcps "${slug}" is not a known RCP`);
    }
  }
}

function validateRcp(rcp: TSeedRcp, organisations: Set<string>, themes: Set<string>) {
  rcp.members.forEach((code, index) => checkCountry(rcp, `members[${index}]`, code));
  if (rcp.members.length !== rcp.memberTotal) {
    fail(
      rcp,
      "members",
      `lists ${rcp.members.length} governments but the document states a total of ${rcp.memberTotal}`,
    );
  }
  rcp.formerMembers.forEach((former, index) => checkCountry(rcp, `formerMembers[${index}]`, former.code));

  const seen = new Set<string>();
  const roles = {
    members: rcp.members.map((country) => ({ country })),
    observers: rcp.observers,
    partners: rcp.partners,
    participants: rcp.participants,
  };
  for (const [field, entities] of Object.entries(roles)) {
    entities.forEach((entity, index) => {
      const key = `${field}:${entityCode(entity)}`;
      if (seen.has(key)) fail(rcp, `${field}[${index}]`, `"${entityCode(entity)}" is listed twice`);
      seen.add(key);
      checkEntity(rcp, `${field}[${index}]`, entity, organisations);
    });
  }
  rcp.secretariat.hosts.forEach((slug, index) =>
    checkEntity(rcp, `secretariat.hosts[${index}]`, { org: slug }, organisations),
  );
  rcp.chairs.forEach((chair, index) => checkEntity(rcp, `chairs[${index}]`, chair, organisations));
  for (const kind of ["main", "priority"] as const) {
    rcp.themes[kind].forEach((slug, index) => {
      if (!themes.has(slug)) fail(rcp, `themes.${kind}[${index}]`, `"${slug}" is not in themes.json`);
    });
  }
}

function entityCode(entity: TSeedEntity | { country?: string; org?: string }): string {
  return "country" in entity && entity.country ? entity.country : ((entity as { org: string }).org ?? "");
}

function checkEntity(
  rcp: TSeedRcp,
  field: string,
  entity: { country?: string } | { org?: string },
  organisations: Set<string>,
) {
  if ("country" in entity && entity.country !== undefined) return checkCountry(rcp, field, entity.country);
  const slug = "org" in entity ? entity.org : undefined;
  if (!slug || !organisations.has(slug)) fail(rcp, field, `"${slug}" is not in organisations.json`);
}

function checkCountry(rcp: TSeedRcp, field: string, code: string) {
  if (!isCountryCode(code)) fail(rcp, field, `"${code}" is not an ISO 3166-1 alpha-2 country code`);
}

function fail(rcp: TSeedRcp, field: string, message: string): never {
  throw new SeedDataError(`${rcp.slug}: ${field} ${message}`);
}
