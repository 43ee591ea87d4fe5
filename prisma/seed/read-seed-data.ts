import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { SeedDataError, validateSeedData } from "./validate-seed-data";
import { type TSeedData, ZSeedActivity, ZSeedOrganisation, ZSeedRcp, ZSeedTheme } from "./seed-schema";

export const SEED_DATA_DIR = path.resolve(import.meta.dirname, "..", "seed-data");

/** Reads and checks every seed file; throws SeedDataError naming the file (RCP) and field. */
export async function readSeedData(dir = SEED_DATA_DIR): Promise<TSeedData> {
  const rcpDir = path.join(dir, "rcps");
  const rcpFiles = (await readdir(rcpDir)).filter((file) => file.endsWith(".json")).sort();
  const data: TSeedData = {
    themes: await readJson(path.join(dir, "themes.json"), z.array(ZSeedTheme)),
    organisations: await readJson(path.join(dir, "organisations.json"), z.array(ZSeedOrganisation)),
    rcps: await Promise.all(rcpFiles.map((file) => readJson(path.join(rcpDir, file), ZSeedRcp))),
    activities: await readJson(path.join(dir, "activities.json"), z.array(ZSeedActivity)),
  };
  validateSeedData(data);
  return data;
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const name = path.basename(file, ".json");
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new SeedDataError(
      `${name}: not readable JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedDataError(
      `${name}: ${issue?.path.join(".") || "(file)"} ${issue?.message ?? "is invalid"}`,
    );
  }
  return parsed.data;
}
