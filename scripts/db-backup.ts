// `npm run db:backup -- <folder>` and `npm run db:restore -- <folder>`: the database and the
// uploaded documents of this platform (see "Backup and restore" in README.md).
import path from "node:path";
import nextEnv from "@next/env";
import { z } from "zod";
import { bootstrapSchema, describeIssues } from "../src/env-schema";
import { backup, restore, type TBackupSource } from "./lib/backup";
import { StartupError } from "./lib/startup-error";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const [command, folder] = process.argv.slice(2);
  if ((command !== "backup" && command !== "restore") || !folder) {
    throw new StartupError("Usage: npm run db:backup -- <folder>   |   npm run db:restore -- <folder>");
  }
  nextEnv.loadEnvConfig(root, false);
  const parsed = z
    .object({
      ...bootstrapSchema,
      DOCUMENT_STORAGE: z.enum(["local", "s3"]).default("local"),
      DOCUMENTS_DIR: z.string().min(1).default(".data/documents"),
    })
    .safeParse(process.env);
  if (!parsed.success) {
    throw new StartupError(`Invalid environment: ${describeIssues(parsed.error.issues)}. See .env.example.`);
  }
  const config = parsed.data;
  // Documents kept in S3 are backed up with the bucket, not here.
  const documentsDir = config.DOCUMENT_STORAGE === "local" ? path.resolve(root, config.DOCUMENTS_DIR) : null;
  const source: TBackupSource = config.DATABASE_URL
    ? { kind: "server", databaseUrl: config.DATABASE_URL, documentsDir }
    : { kind: "embedded", dataDir: path.resolve(root, config.EMBEDDED_DB_DIR), documentsDir };
  const dir = path.resolve(folder);
  const manifest = command === "backup" ? await backup(source, dir) : await restore(source, dir);
  const what =
    manifest.format === "pg_dump" ? "database (pg_dump custom format)" : "embedded database folder";
  const documents = manifest.hasDocuments ? " and documents" : "";
  console.log(`${command === "backup" ? "Backed up" : "Restored"} the ${what}${documents}: ${dir}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StartupError ? error.message : error);
    process.exit(1);
  },
);
