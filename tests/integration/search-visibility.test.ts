// The search's SQL twin of the activity tier rule, held to canSeeActivity for every kind of reader,
// tier and set of hosts: the two must never disagree, or the search shows what a page would hide.
// A document's entry carries one tier, the database's narrower of the document's and its activity's:
// through the same twin it must decide what the rule decides for the pair.
import { describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { canSeeActivity } from "~/server/activity/policy";
import { visibleTierSql } from "~/server/search/visibility";
import type { TAccess } from "~/server/user/access";
import { testDb } from "../support/db";

const TIERS = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
const HOSTS = [[], ["rcp-a"], ["rcp-b"], ["rcp-a", "rcp-b"]];
const user = (rcpRoles: TAccess["rcpRoles"], platformRole: TAccess["platformRole"] = "USER"): TAccess => ({
  userId: "u",
  platformRole,
  rcpRoles,
});
const READERS: Record<string, TAccess | null> = {
  anonymous: null,
  "signed in, no secretariat": user({}),
  "viewer of a": user({ "rcp-a": "VIEWER" }),
  "editor of a": user({ "rcp-a": "EDITOR" }),
  "editor of c": user({ "rcp-c": "EDITOR" }),
  "viewer of b and c": user({ "rcp-b": "VIEWER", "rcp-c": "VIEWER" }),
  administrator: user({}, "ADMIN"),
};

describe("visibleTierSql", () => {
  it.each(Object.entries(READERS))("agrees with canSeeActivity for %s", async (_, access) => {
    for (const visibility of TIERS) {
      for (const hostRcpIds of HOSTS) {
        const condition = visibleTierSql(
          access,
          Prisma.sql`${visibility}::"Visibility"`,
          Prisma.sql`${hostRcpIds}::text[]`,
        );
        const [row] = await testDb().$queryRaw<{ visible: boolean }[]>`SELECT (${condition}) AS visible`;
        expect({ visibility, hostRcpIds, visible: row?.visible }).toEqual({
          visibility,
          hostRcpIds,
          visible: canSeeActivity(access, { visibility, hostRcpIds }),
        });
      }
    }
  });
});

describe("a document's entry tier (narrower_visibility)", () => {
  it.each(Object.entries(READERS))(
    "agrees with the rule for a document and its activity, for %s",
    async (_, access) => {
      for (const activityTier of TIERS) {
        for (const documentTier of TIERS) {
          for (const hostRcpIds of HOSTS) {
            const tier = Prisma.sql`"narrower_visibility"(${documentTier}::"Visibility", ${activityTier}::"Visibility")`;
            const condition = visibleTierSql(access, tier, Prisma.sql`${hostRcpIds}::text[]`);
            const [row] = await testDb().$queryRaw<{ visible: boolean }[]>`SELECT (${condition}) AS visible`;
            const rule =
              canSeeActivity(access, { visibility: activityTier, hostRcpIds }) &&
              canSeeActivity(access, { visibility: documentTier, hostRcpIds });
            expect({ activityTier, documentTier, hostRcpIds, visible: row?.visible }).toEqual({
              activityTier,
              documentTier,
              hostRcpIds,
              visible: rule,
            });
          }
        }
      }
    },
  );
});
