import { beforeAll, describe, expect, it } from "vitest";
import { readSeedData } from "../../prisma/seed/read-seed-data";
import type { TSeedData, TSeedEntity } from "../../prisma/seed/seed-schema";
import { createCaller } from "~/server/api/root";
import type { TCountrySummary } from "~/server/country/data";
import { testDb } from "../support/db";

const anonymous = () => createCaller({ db: testDb(), user: null });
const countryOf = (entity: TSeedEntity) => ("country" in entity ? [entity.country] : []);

let data: TSeedData;
let countries: TCountrySummary[];

beforeAll(async () => {
  data = await readSeedData();
  // Other tests add RCPs of their own to the same database; these compare with the seeded ones.
  const seeded = new Set(data.rcps.map((rcp) => rcp.slug));
  countries = (await anonymous().country.list()).map((country) => ({
    ...country,
    memberOf: country.memberOf.filter((rcp) => seeded.has(rcp.slug)),
    otherRoles: country.otherRoles.filter((other) => seeded.has(other.slug)),
  }));
});

describe("country.list", () => {
  it("lists every state and territory the reference data names, once, and no organisation", () => {
    const named = new Set<string>();
    for (const rcp of data.rcps) {
      rcp.members.forEach((code) => named.add(code));
      rcp.formerMembers.forEach((former) => named.add(former.code));
      [...rcp.observers, ...rcp.partners, ...rcp.participants]
        .flatMap(countryOf)
        .forEach((c) => named.add(c));
      rcp.chairs.flatMap((chair) => ("country" in chair ? [chair.country] : [])).forEach((c) => named.add(c));
    }
    const codes = countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining([...named]));
    expect(codes.filter((code) => !named.has(code)).every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it("counts for each country exactly the RCPs whose member list names it", () => {
    const expected = (code: string) =>
      data.rcps
        .filter((rcp) => rcp.members.includes(code))
        .map((rcp) => rcp.slug)
        .sort();
    for (const country of countries) {
      expect(country.memberOf.map((rcp) => rcp.slug).sort(), country.code).toEqual(expected(country.code));
    }
  });

  it("gives each other role with the RCP that lists it", () => {
    const expected = (code: string) =>
      data.rcps
        .flatMap((rcp) => [
          ...rcp.observers.flatMap(countryOf).map((c) => ({ c, slug: rcp.slug, role: "OBSERVER" })),
          ...rcp.partners.flatMap(countryOf).map((c) => ({ c, slug: rcp.slug, role: "PARTNER" })),
          ...rcp.participants.flatMap(countryOf).map((c) => ({ c, slug: rcp.slug, role: "PARTICIPANT" })),
        ])
        .filter((entry) => entry.c === code)
        .map((entry) => `${entry.slug}:${entry.role}`)
        .sort();
    for (const country of countries) {
      const loaded = country.otherRoles.map((other) => `${other.slug}:${other.role}`).sort();
      expect(loaded, country.code).toEqual(expected(country.code));
    }
  });

  it("names Thailand's four RCPs by their short names, in order", () => {
    const thailand = countries.find((c) => c.code === "TH");
    expect(thailand?.memberOf.map((rcp) => rcp.shortName)).toEqual([
      "Abu Dhabi Dialogue",
      "APC",
      "Bali Process",
      "Colombo Process",
    ]);
    expect(thailand?.otherRoles).toEqual([]);
  });

  it("does not count a membership that ended: New Zealand left APC", () => {
    const newZealand = countries.find((c) => c.code === "NZ");
    expect(newZealand?.memberOf.map((rcp) => rcp.slug)).toEqual(["bali-process", "igc"]);
  });

  it("marks Hong Kong, Macao and New Caledonia as territories and nothing else", () => {
    const territories = countries.filter((c) => c.kind === "TERRITORY").map((c) => c.code);
    expect(territories).toEqual(["HK", "MO", "NC"]);
  });

  it("lists a country that only observes with no membership: Jamaica observes the Puebla Process", async () => {
    const jamaica = countries.find((c) => c.code === "JM");
    expect(jamaica?.memberOf).toEqual([]);
    expect(jamaica?.otherRoles).toEqual([
      {
        slug: "puebla-process",
        shortName: "Puebla Process",
        localizedNames: (await testDb().rcp.findUniqueOrThrow({ where: { slug: "puebla-process" } }))
          .localizedNames,
        role: "OBSERVER",
      },
    ]);
  });
});
