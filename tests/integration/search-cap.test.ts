// A word found in more activities and documents than a search ranks: the newest are ranked, the
// page says so, and a filter reaches the older ones.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SEARCH_LIMITS } from "~/domain/search/schema";
import { testDb } from "../support/db";
import { callerFor } from "../support/factories";

describe("search: a common word", () => {
  it("ranks the newest matches, says the list is capped, and a date filter reaches older ones", async () => {
    const word = `mk${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const count = SEARCH_LIMITS.candidates + 1;
    // Day n of 2040 for n = 1…count: the oldest (1 January) falls outside the newest `candidates`.
    await testDb().$executeRaw`
      INSERT INTO "Activity" ("id", "slug", "title", "kind", "startDate", "startPrecision", "updatedAt")
      SELECT ${word} || '-' || n, ${word} || '-' || n, jsonb_build_object('en', ${word} || ' meeting ' || n),
        'WORKSHOP', DATE '2039-12-31' + n, 'DAY', now()
      FROM generate_series(1, ${count}::int) AS n`;
    const search = callerFor(null).search.query;

    const first = await search({ q: word });
    expect(first.isCapped).toBe(true);
    expect(first.hits).toHaveLength(SEARCH_LIMITS.pageSize);
    const lastPage = SEARCH_LIMITS.candidates / SEARCH_LIMITS.pageSize;
    const last = await search({ q: word, page: lastPage });
    expect(last.hasNext).toBe(false);
    expect(last.hits).toHaveLength(SEARCH_LIMITS.pageSize);
    const seen = new Set<string>();
    for (let page = 1; page <= lastPage; page++) {
      for (const hit of (await search({ q: word, page })).hits) seen.add(hit.key);
    }
    expect(seen.size).toBe(SEARCH_LIMITS.candidates);
    expect(seen.has(`${word}-1`)).toBe(false);

    const older = await search({ q: word, to: "2040-01-01" });
    expect(older.hits.map((hit) => hit.key)).toEqual([`${word}-1`]);
    expect(older.isCapped).toBe(false);
  });
});
