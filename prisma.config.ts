import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI spawns a native schema engine for migrate/diff/db commands and downloads it at
// install time. Where that download is impossible (air-gapped networks), the project ships a
// bridge to the WASM build of the same engine. Machines that did download the native engine
// keep using it.
function hasNativeSchemaEngine(): boolean {
  const dir = path.join(import.meta.dirname, "node_modules", "@prisma", "engines");
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some((name) => name.startsWith("schema-engine-"));
}

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(
    import.meta.dirname,
    "prisma",
    "schema-engine",
    "bridge.mjs",
  );
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    // Commands that talk to the database get DATABASE_URL from scripts/run-with-db.ts;
    // `prisma generate` needs no database.
    url: process.env.DATABASE_URL ?? "",
  },
});
