import type { TDb } from "../../src/server/db-client";

export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];
