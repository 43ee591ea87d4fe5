import { describe, expect, it } from "vitest";
import type { TAccess } from "~/server/user/access";
import { canEditFocalPoints, canReadFocalPoints, canSeeFocalPoint, visibleFocalPointsWhere } from "./policy";

const actors: Record<string, TAccess | null> = {
  anonymous: null,
  nobody: { userId: "n", platformRole: "USER", rcpRoles: {} },
  admin: { userId: "a", platformRole: "ADMIN", rcpRoles: {} },
  editor: { userId: "e", platformRole: "USER", rcpRoles: { budapest: "EDITOR" } },
  viewer: { userId: "v", platformRole: "USER", rcpRoles: { budapest: "VIEWER" } },
  otherEditor: { userId: "o", platformRole: "USER", rcpRoles: { colombo: "EDITOR" } },
};

// Every actor against an entry of Budapest in each tier: the whole table is the specification.
const expected = {
  //           reads  sees ALL  sees OWN  edits
  anonymous: [false, false, false, false],
  nobody: [false, false, false, false],
  admin: [true, true, true, true],
  editor: [true, true, true, true],
  viewer: [true, true, true, false],
  otherEditor: [true, true, false, false],
} as const;

/** The where-clause applied to one entry, as the database would. */
function passes(
  where: ReturnType<typeof visibleFocalPointsWhere>,
  entry: { rcpId: string; visibility: string },
) {
  if (where === null) return false;
  if (!where.OR) return true;
  return where.OR.some((condition) =>
    condition.visibility
      ? condition.visibility === entry.visibility
      : ((condition.rcpId as { in: string[] }).in ?? []).includes(entry.rcpId),
  );
}

describe("focal-point policy", () => {
  it.each(Object.entries(expected))("%s", (name, [reads, seesAll, seesOwn, edits]) => {
    const access = actors[name] ?? null;
    expect(canReadFocalPoints(access)).toBe(reads);
    for (const [visibility, sees] of [
      ["ALL_SECRETARIATS", seesAll],
      ["OWN_RCP", seesOwn],
    ] as const) {
      const entry = { rcpId: "budapest", visibility };
      expect(canSeeFocalPoint(access, entry)).toBe(sees);
      // The filter every list uses says the same as the test on one entry.
      expect(passes(visibleFocalPointsWhere(access), entry)).toBe(sees);
    }
    expect(access ? canEditFocalPoints(access, "budapest") : false).toBe(edits);
  });
});
