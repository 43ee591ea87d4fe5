import { describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import { formatPartialDate } from "~/lib/partial-date";
import { testDb } from "../support/db";

const anonymous = () => createCaller({ db: testDb(), user: null });

describe("country.get", () => {
  it("gives Thailand's RCPs with their names and regions for the country page", async () => {
    const thailand = await anonymous().country.get({ code: "TH" });
    expect(thailand.kind).toBe("STATE");
    expect(thailand.memberships.map((m) => [m.role, m.rcp.shortName, m.rcp.region])).toEqual([
      ["MEMBER", "Abu Dhabi Dialogue", "ASIA_OCEANIA"],
      ["MEMBER", "APC", "ASIA_OCEANIA"],
      ["MEMBER", "Bali Process", "THEMATIC"],
      ["MEMBER", "Colombo Process", "ASIA_OCEANIA"],
    ]);
  });

  it("keeps a former membership with its dates: New Zealand in APC from 1996 until 2003", async () => {
    const newZealand = await anonymous().country.get({ code: "NZ" });
    const apc = newZealand.memberships.find((m) => m.rcp.slug === "apc");
    expect(apc?.role).toBe("MEMBER");
    expect(apc?.startDate && formatPartialDate(apc.startDate, apc.startPrecision ?? "DAY")).toBe("1996");
    expect(apc?.endDate && formatPartialDate(apc.endDate, apc.endPrecision ?? "DAY")).toBe("2003");
  });

  it("gives the chair terms a state holds, with their dates", async () => {
    const ireland = await anonymous().country.get({ code: "IE" });
    expect(
      ireland.chairTerms.map((term) => ({
        role: term.role,
        rcp: term.rcp.shortName,
        from: term.startDate && formatPartialDate(term.startDate, term.startPrecision ?? "DAY"),
        to: term.endDate && formatPartialDate(term.endDate, term.endPrecision ?? "DAY"),
      })),
    ).toEqual([{ role: "CHAIR", rcp: "IGC", from: "2006", to: "2007" }]);

    const australia = await anonymous().country.get({ code: "AU" });
    expect(australia.chairTerms.map((term) => [term.role, term.rcp.slug])).toEqual([
      ["CO_CHAIR", "bali-process"],
    ]);
  });

  it("answers a territory as a territory: Hong Kong in APC and the Bali Process", async () => {
    const hongKong = await anonymous().country.get({ code: "hk" });
    expect(hongKong.kind).toBe("TERRITORY");
    expect(hongKong.memberships.map((m) => m.rcp.slug)).toEqual(["apc", "bali-process"]);
  });

  it("reads a code as a country's even where an organisation has the same letters", async () => {
    // "ec" is the European Commission's slug; as a country code it is Ecuador.
    const ecuador = await anonymous().country.get({ code: "ec" });
    expect(ecuador.code).toBe("EC");
    expect(ecuador.memberships.map((m) => [m.role, m.rcp.slug])).toEqual([
      ["MEMBER", "sacm"],
      ["OBSERVER", "puebla-process"],
    ]);
  });
});
