import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const dataDir = path.resolve(import.meta.dirname, "..", "seed-data");

export const ZSeedRcp = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  acronym: z.string().min(1).nullable(),
  yearEstablished: z.number().int().min(1900).max(2100),
});
export type TSeedRcp = z.infer<typeof ZSeedRcp>;

export type TSeedData = { rcps: TSeedRcp[] };

export class SeedDataError extends Error {
  override name = "SeedDataError";
}

export async function readSeedData(): Promise<TSeedData> {
  const rcpDir = path.join(dataDir, "rcps");
  const files = (await readdir(rcpDir)).filter((file) => file.endsWith(".json")).sort();
  const rcps = await Promise.all(files.map((file) => readJson(path.join(rcpDir, file), ZSeedRcp)));
  return { rcps };
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedDataError(`${path.basename(file)}: ${issue?.path.join(".")} ${issue?.message}`);
  }
  return parsed.data;
}
