// @ts-check
// Loads @prisma/schema-engine-wasm, the schema engine compiled to WebAssembly. Its package entry
// imports the .wasm file as an ES module, which Node cannot do without a flag, so the runtime glue
// is imported on its own and the module instantiated by hand. Rust panics inside the engine surface
// in JS as a bare "RuntimeError: unreachable"; the engine reports the real panic message through
// globalThis.PRISMA_WASM_PANIC_REGISTRY first, which is kept here.

import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";

const packageDir = path.dirname(
  createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
);

/** @typedef {import("@prisma/schema-engine-wasm").SchemaEngine} SchemaEngine */

/** Receives the panic message of the engine (the WASM code calls set_message before trapping). */
class WasmPanicRegistry {
  message = "";

  /** @param {string} message */
  set_message(message) {
    this.message = message;
  }
}

const panicRegistry = new WasmPanicRegistry();
Reflect.set(globalThis, "PRISMA_WASM_PANIC_REGISTRY", panicRegistry);

/**
 * Whether an error is the engine panicking (the instance is unusable afterwards).
 * @param {unknown} error
 */
export function isWasmPanic(error) {
  return (
    error instanceof WebAssembly.RuntimeError || (error instanceof Error && error.name === "RuntimeError")
  );
}

/** @param {unknown} error */
export function panicMessage(error) {
  return panicRegistry.message || (error instanceof Error ? error.message : String(error));
}

/** The commit of prisma-engines the WASM engine was built from, without loading it. */
export function engineGitHash() {
  /** @type {{ version: string }} */
  const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  return pkg.version.split(".").at(-1) ?? pkg.version;
}

let instantiated = false;

/**
 * Creates an engine on the given datamodels, connected through the adapter factory.
 * @param {{ datamodels: [string, string][] | undefined }} options
 * @param {(log: string) => void} log Receives the engine's JSON log records.
 * @param {import("@prisma/driver-adapter-utils").ErrorCapturingSqlMigrationAwareDriverAdapterFactory} adapterFactory
 * @returns {Promise<SchemaEngine>}
 */
export async function createSchemaEngine(options, log, adapterFactory) {
  if (!instantiated) {
    const wasm = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasm, {
      "./schema_engine_bg.js": /** @type {WebAssembly.ModuleImports} */ (/** @type {unknown} */ (runtime)),
    });
    runtime.__wbg_set_wasm(instance.exports);
    /** @type {() => void} */ (instance.exports.__wbindgen_start)();
    instantiated = true;
  }
  return runtime.SchemaEngine.new(options, log, adapterFactory);
}
