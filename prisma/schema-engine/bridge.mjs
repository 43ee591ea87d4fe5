#!/usr/bin/env node
// @ts-check
// Stands in for Prisma's native `schema-engine` binary, which the CLI downloads at install time —
// impossible on machines without internet access. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here when node_modules/@prisma/engines holds no native engine. It
// takes the native engine's arguments and speaks its protocol, backed by the same engine compiled
// to WebAssembly (@prisma/schema-engine-wasm) and node-postgres (@prisma/adapter-pg):
//   cli-mode.mjs          `--datasource <json> cli can-connect-to-database|create-database|drop-database`
//   rpc-mode.mjs          `[--datamodels <file>]… --datasource <json>`: the JSON-RPC server
//   wasm-engine.mjs       loading the WASM engine
//   pg-adapter-fixes.mjs  the PostgreSQL adapter, with what migrations need fixed
//   shadow-database.mjs   temporary shadow databases
//   datasource.mjs, user-facing-errors.mjs, log.mjs  URLs, error codes, stderr format

import { parseArgs } from "node:util";
import { parseDatasourceUrl } from "./datasource.mjs";
import { exitAfterFlush, routeProcessWarningsToLog, writeLog } from "./log.mjs";

// The CLI may close our pipes before we are done (it kills the engine as it finishes).
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});
routeProcessWarningsToLog();

/** @type {ReturnType<typeof parseCommandLine>} */
let commandLine;
try {
  commandLine = parseCommandLine(process.argv.slice(2));
} catch (error) {
  writeLog("ERROR", { is_panic: false, message: error instanceof Error ? error.message : String(error) });
  await exitAfterFlush(1);
  throw error; // not reached
}

if (commandLine.version) {
  const { engineGitHash } = await import("./wasm-engine.mjs");
  process.stdout.write(`schema-engine-cli ${engineGitHash()}\n`);
  await exitAfterFlush(0);
} else if (commandLine.help) {
  process.stdout.write(
    "Usage: schema-engine [--datamodels <file>]... [--datasource <json>] [cli <command>]\n" +
      "Without `cli`, serves JSON-RPC on stdin/stdout.\n",
  );
  await exitAfterFlush(0);
} else if (commandLine.cliCommand !== undefined) {
  const { runCliCommand } = await import("./cli-mode.mjs");
  const code = await runCliCommand(commandLine.cliCommand, () =>
    parseDatasourceUrl(commandLine.datasource?.url),
  );
  await exitAfterFlush(code);
} else {
  const { runRpcServer } = await import("./rpc-mode.mjs");
  runRpcServer({ datamodelPaths: commandLine.datamodelPaths, datasource: commandLine.datasource });
}

/**
 * The native engine's command line (`--enabled-preview-features` and `--extension-types` are
 * accepted and ignored: the WASM engine reads preview features from the schema).
 * @param {string[]} args
 */
function parseCommandLine(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      datamodels: { type: "string", multiple: true },
      datasource: { type: "string" },
      "enabled-preview-features": { type: "string" },
      "extension-types": { type: "string" },
      version: { type: "boolean", short: "V" },
      help: { type: "boolean", short: "h" },
    },
  });

  /** @type {{ url?: string, shadowDatabaseUrl?: string } | undefined} */
  let datasource;
  if (values.datasource !== undefined) {
    try {
      datasource = JSON.parse(values.datasource);
    } catch {
      throw new Error("--datasource is not valid JSON");
    }
  }
  if (positionals.length > 0 && positionals[0] !== "cli") {
    throw new Error(`Unexpected argument: ${positionals[0]}`);
  }
  return {
    version: values.version === true,
    help: values.help === true,
    datamodelPaths: values.datamodels ?? [],
    datasource,
    cliCommand: positionals[0] === "cli" ? (positionals[1] ?? "") : undefined,
  };
}
