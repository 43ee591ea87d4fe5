import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../support/activity-surfaces";

const APP = path.resolve("src/app");

function routeFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return ["page.tsx", "route.ts"].includes(entry.name) ? [path.relative(APP, full)] : [];
  });
}

describe("every route is classified for activities", () => {
  const files = routeFiles().sort();

  it("finds the routes", () => {
    expect(files).toContain("[locale]/activities/[slug]/page.tsx");
  });

  it.each(files)("%s says whether it shows activities", (file) => {
    expect(
      ROUTES[file],
      `${file} is not in tests/support/activity-surfaces.ts: classify it, with its marker test if it shows activities`,
    ).toBeDefined();
  });

  it("names only routes that exist, and marker tests that exist", () => {
    expect(Object.keys(ROUTES).filter((file) => !files.includes(file))).toEqual([]);
    const tests = Object.values(ROUTES).flatMap((surface) =>
      surface.shows === "activities" ? surface.coveredBy : [],
    );
    expect(tests.filter((test) => !existsSync(path.resolve(test)))).toEqual([]);
  });
});
