// The import rules of .dependency-cruiser.mjs (run by `npm run lint`), tried on a small tree of
// files that break each of them in every spelling, so that no rule can stop catching its case.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../.dependency-cruiser.mjs";

/** File → its source; every import names a file of this tree, except the package. */
const tree: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "~/*": ["./src/*"] } } }),
  "src/server/db.ts": "export const db = {};",
  "src/server/db-client.ts": "export type TDb = object;",
  "src/generated/prisma/enums.ts": "export const Region = {};",
  "src/features/manage/form.ts": "export const form = 1;",
  "src/app/page.ts": "export const page = 1;",
  "src/components/ui/button.ts": "export const button = 1;",
  "src/server/rcp/data.ts": "export const data = 1;",
  "src/lib/text.ts": "export const text = 1;",
  "src/domain/rcp/schema.ts": "export const schema = 1;",

  "src/server/rcp/uses-feature.ts": 'import { form } from "~/features/manage/form";\nexport const a = form;',
  "src/server/rcp/uses-feature-relative.ts":
    'import { form } from "../../features/manage/form";\nexport const a = form;',
  "src/server/rcp/uses-page.ts": 'import { page } from "../../app/page";\nexport const a = page;',
  "src/server/rcp/uses-component.ts":
    'import type { button } from "~/components/ui/button";\nexport type A = typeof button;',

  "src/domain/rcp/uses-server.ts": 'import { data } from "../../server/rcp/data";\nexport const a = data;',
  "src/domain/rcp/uses-feature.ts": 'import { form } from "~/features/manage/form";\nexport const a = form;',
  "src/lib/uses-server.ts": 'import { data } from "~/server/rcp/data";\nexport const a = data;',
  "src/lib/uses-component.ts": 'import { button } from "../components/ui/button";\nexport const a = button;',

  "src/features/manage/uses-db.ts": 'import { db } from "~/server/db";\nexport const a = db;',
  "src/features/manage/uses-db-relative.ts": 'import { db } from "../../server/db";\nexport const a = db;',
  "src/components/ui/uses-db-client.ts":
    'import type { TDb } from "../../server/db-client";\nexport type A = TDb;',
  "src/app/uses-generated.ts":
    'import { Region } from "../generated/prisma/enums";\nexport const a = Region;',
  "src/app/uses-prisma-package.ts":
    'import { PrismaClient } from "@prisma/client";\nexport const a = PrismaClient;',

  "src/server/api/routers/uses-db.ts": 'import { db } from "../../db";\nexport const a = db;',
  "src/server/api/routers/uses-generated.ts":
    'import { Region } from "~/generated/prisma/enums";\nexport const a = Region;',

  // Allowed: the way imports are meant to run.
  "src/app/api/health.ts": 'import { db } from "~/server/db";\nexport const a = db;',
  "src/server/api/context.ts": 'import { db } from "../db";\nexport const a = db;',
  "src/server/rcp/uses-db.ts":
    'import { db } from "../db";\nimport { schema } from "~/domain/rcp/schema";\nexport const a = [db, schema];',
  "src/features/manage/uses-domain.ts":
    'import { schema } from "~/domain/rcp/schema";\nimport { data } from "~/server/rcp/data";\nimport { button } from "../../components/ui/button";\nexport const a = [schema, data, button];',
  "src/app/uses-feature.ts": 'import { form } from "~/features/manage/form";\nexport const a = form;',
  "src/domain/rcp/uses-lib.ts": 'import { text } from "../../lib/text";\nexport const a = text;',
};

let root: string;
let violations: string[];

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "architecture-"));
  for (const [file, text] of Object.entries(tree)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  const tsConfigFile = path.join(root, "tsconfig.json");
  const result = await cruise(
    ["src"],
    {
      ...config.options,
      baseDir: root,
      ruleSet: { forbidden: config.forbidden },
      tsConfig: { fileName: tsConfigFile },
      validate: true,
    },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  const output = result.output as ICruiseResult;
  violations = output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from}`);
}, 30_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("import rules", () => {
  it("catch each wrong-way import, in alias, relative and type-only spellings, and only those", () => {
    expect(violations.sort()).toEqual(
      [
        "server-imports-ui: src/server/rcp/uses-feature.ts",
        "server-imports-ui: src/server/rcp/uses-feature-relative.ts",
        "server-imports-ui: src/server/rcp/uses-page.ts",
        "server-imports-ui: src/server/rcp/uses-component.ts",
        "domain-or-lib-imports-app-code: src/domain/rcp/uses-server.ts",
        "domain-or-lib-imports-app-code: src/domain/rcp/uses-feature.ts",
        "domain-or-lib-imports-app-code: src/lib/uses-server.ts",
        "domain-or-lib-imports-app-code: src/lib/uses-component.ts",
        "ui-imports-database: src/features/manage/uses-db.ts",
        "ui-imports-database: src/features/manage/uses-db-relative.ts",
        "ui-imports-database: src/components/ui/uses-db-client.ts",
        "ui-imports-database: src/app/uses-generated.ts",
        "ui-imports-database: src/app/uses-prisma-package.ts",
        "procedure-imports-prisma: src/server/api/routers/uses-db.ts",
        "procedure-imports-prisma: src/server/api/routers/uses-generated.ts",
      ].sort(),
    );
  });
});
