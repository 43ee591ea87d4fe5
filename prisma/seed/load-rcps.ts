import type { TDb } from "../../src/server/db-client";
import type { TSeedRcp } from "./read-seed-data";

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

export async function loadRcps(tx: TTx, rcps: TSeedRcp[]) {
  for (const rcp of rcps) {
    const fields = { name: rcp.name, acronym: rcp.acronym, yearEstablished: rcp.yearEstablished };
    await tx.rcp.upsert({ where: { slug: rcp.slug }, create: { slug: rcp.slug, ...fields }, update: fields });
  }
}
