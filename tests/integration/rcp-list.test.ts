import { describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import { testDb } from "../support/db";

describe("rcp.list", () => {
  it("lists the seeded processes to anonymous visitors, by name", async () => {
    const rcps = await createCaller({ db: testDb(), user: null }).rcp.list();
    expect(rcps.length).toBe(14);
    expect(rcps[0]?.name).toMatch(/^Bali Ministerial Conference/);
    expect(rcps).toContainEqual(expect.objectContaining({ slug: "budapest-process", yearEstablished: 1991 }));
  });
});
