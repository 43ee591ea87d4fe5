import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { StartupError } from "./startup-error";

const prismaEntry = createRequire(import.meta.url).resolve("prisma/build/index.js");

/** Runs the Prisma CLI against `databaseUrl`; resolves with its exit code. */
export function runPrisma(
  args: string[],
  databaseUrl: string,
  stdio: "inherit" | "pipe" = "inherit",
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaEntry, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function migrateDeploy(databaseUrl: string) {
  const result = await runPrisma(["migrate", "deploy"], databaseUrl, "pipe");
  if (result.code !== 0) {
    throw new StartupError(`Applying database migrations failed:\n${result.output.trim()}`);
  }
  const applied = /(\d+) migrations? found/.exec(result.output);
  const pending = /following migration\(s\) have been applied/.test(result.output);
  if (pending) console.log(`Applied pending database migrations (${applied?.[1] ?? "?"} in total).`);
}
