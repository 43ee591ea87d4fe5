// Entry point of `npm start`, `npm run dev` and the database scripts: opens the database
// (DATABASE_URL, or the embedded PostgreSQL), applies migrations, seeds a fresh database,
// then runs the requested command and shuts the database down with it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";
import pg from "pg";
import { z } from "zod";
import { bootstrapSchema, describeIssues } from "../src/env-schema";
import { createDbClient } from "../src/server/db-client";
import { readOrCreateAuthSecret } from "./lib/auth-secret";
import { openDatabase, type TDatabase } from "./lib/database";
import { formatDemoAccounts, seedDemoAccounts } from "./lib/demo-accounts";
import { ensureFirstAdmin } from "./lib/first-admin";
import { freePort, isPortInUse } from "./lib/free-port";
import { formatLoadReport, generateLoad, parseLoadSizes } from "./lib/load-data";
import { migrateDeploy, runPrisma } from "./lib/prisma-cli";
import { StartupError } from "./lib/startup-error";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

const commands = [
  "start",
  "dev",
  "seed",
  "seed-demo",
  "generate-load",
  "migrate-dev",
  "migrate-deploy",
  "migrations-check",
] as const;
type TCommand = (typeof commands)[number];

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2) as [TCommand | undefined, ...string[]];
  if (!command || !commands.includes(command)) {
    throw new StartupError(`Usage: run-with-db <${commands.join("|")}> [args]`);
  }
  nextEnv.loadEnvConfig(root, command === "dev");
  const parsed = z.object(bootstrapSchema).safeParse(process.env);
  if (!parsed.success) {
    throw new StartupError(`Invalid environment: ${describeIssues(parsed.error.issues)}. See .env.example.`);
  }
  const config = parsed.data;
  if ((command === "start" || command === "dev") && (await isPortInUse(config.PORT))) {
    throw new StartupError(`Port ${config.PORT} is already in use: stop what runs there or set PORT.`);
  }
  if (command === "start" && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new StartupError('No production build found: run "npm run build" first.');
  }

  // The migrations check runs on a throw-away server so it never touches the local database.
  const isCheck = command === "migrations-check";
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: isCheck ? ".data/migrations-check-postgres" : config.EMBEDDED_DB_DIR,
    port: isCheck ? await freePort() : config.EMBEDDED_DB_PORT,
    isEphemeral: isCheck || config.EMBEDDED_DB_EPHEMERAL,
  });
  const stopOnSignal = () => void database.stop();
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    return await runCommand(command, rest, database, config.PORT);
  } finally {
    await database.stop();
  }
}

async function runCommand(command: TCommand, args: string[], database: TDatabase, port: number) {
  switch (command) {
    case "migrate-dev":
      return (await runPrisma(["migrate", "dev", ...args], database.url)).code;
    case "migrations-check":
      return checkMigrations(database.url);
    case "seed":
      await migrateDeploy(database.url);
      await runSeed(database.url, true);
      return 0;
    case "migrate-deploy":
      // The one step before rolling out a new version to several instances: their own start then
      // finds nothing pending. An empty database also receives the reference data.
      await migrateDeploy(database.url);
      await runSeed(database.url, false);
      return 0;
    case "seed-demo":
      // The demo accounts join real RCPs: an empty database receives the reference data first.
      await migrateDeploy(database.url);
      await runSeed(database.url, false);
      return runDemoSeed(database.url);
    case "generate-load":
      await migrateDeploy(database.url);
      await runSeed(database.url, false);
      return runGenerateLoad(database.url, args);
    default:
      break;
  }
  await migrateDeploy(database.url);
  await runSeed(database.url, false);
  const admin = await ensureFirstAdmin(database.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!env.NEXTAUTH_SECRET && (database.isEmbedded || command === "dev")) {
    env.NEXTAUTH_SECRET = await readOrCreateAuthSecret(path.join(root, ".data"));
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  // A local run without a mail server keeps its mail in the dev outbox instead of sending it.
  if (database.isEmbedded && !env.SMTP_URL) env.DEV_OUTBOX ??= "true";
  // A local run on the embedded database is reached directly, through no proxy.
  if (database.isEmbedded) env.TRUSTED_PROXY_HOPS ??= "0";
  const next = require.resolve("next/dist/bin/next");
  console.log(`\nRCP Exchange: ${env.NEXTAUTH_URL}/en`);
  if (admin) {
    console.log(`First administrator created. Sign in at ${env.NEXTAUTH_URL}/en/sign-in with`);
    console.log(`  email:    ${admin.email}\n  password: ${admin.password}   (shown only this once)\n`);
  }
  return runChild(process.execPath, [next, command, "--port", String(port)], env);
}

async function checkMigrations(databaseUrl: string) {
  const args = ["migrate", "diff", "--from-migrations", "prisma/migrations"];
  const result = await runPrisma(
    [...args, "--to-schema", "prisma/schema.prisma", "--exit-code"],
    databaseUrl,
    "pipe",
  );
  if (result.code === 0) {
    console.log("Migrations match prisma/schema.prisma.");
    return 0;
  }
  if (result.code === 2) {
    console.error('prisma/schema.prisma and prisma/migrations disagree: run "npm run db:migrate".');
  } else {
    console.error(result.output.trim());
  }
  return 1;
}

async function runSeed(databaseUrl: string, isForced: boolean) {
  const { seedIfEmpty, seedAll } = await import("../prisma/seed/run");
  await (isForced ? seedAll(databaseUrl) : seedIfEmpty(databaseUrl));
}

/** Only on request (`npm run db:seed-demo`): accounts with known passwords never appear by themselves. */
async function runDemoSeed(databaseUrl: string) {
  const db = createDbClient(databaseUrl, 1);
  try {
    const { accounts, missingRcps } = await seedDemoAccounts(db);
    if (missingRcps.length > 0)
      console.error(`No demo accounts for these missing RCPs: ${missingRcps.join(", ")}.`);
    if (accounts.length === 0) return 1;
    const created = accounts.filter((account) => account.isNew).length;
    console.log(
      `\nDemo secretariat accounts: ${created} created, ${accounts.length - created} with a new password.` +
        " Passwords are shown only this once; run the command again to replace them.\n",
    );
    console.log(`${formatDemoAccounts(accounts)}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

/** Only on request (`npm run db:generate-load`): a large generated dataset beside the real one. */
async function runGenerateLoad(databaseUrl: string, args: string[]) {
  const sizes = parseLoadSizes(args);
  console.log(`Generating ${sizes.activities} activities, ${sizes.users} users and ${sizes.rcps} processes…`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const report = await generateLoad(client, sizes);
    console.log(formatLoadReport(report));
    return 0;
  } finally {
    await client.end();
  }
}

function runChild(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof StartupError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
