import { describe, expect, it } from "vitest";
import { findTool, libpqUrl, toolMajor } from "../../scripts/lib/backup";

describe("the PostgreSQL programs a backup uses", () => {
  it.each([
    ["pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", 15],
    ["pg_restore (PostgreSQL) 18.4", 18],
    ["pg_dump (PostgreSQL) 9.6.24", 9],
    ["something else", null],
  ])("reads the major version of %s", (line, major) => {
    expect(toolMajor(line)).toBe(major);
  });

  it("drops Prisma's schema parameter, which libpq does not know", () => {
    expect(libpqUrl("postgresql://u:p@db:5432/app?schema=public&sslmode=require")).toBe(
      "postgresql://u:p@db:5432/app?sslmode=require",
    );
  });

  it("refuses a pg_dump older than the server, saying what to install", async () => {
    await expect(findTool("pg_dump", 99)).rejects.toThrow(/PostgreSQL 99: pg_dump 99 or later is needed/);
  });
});
