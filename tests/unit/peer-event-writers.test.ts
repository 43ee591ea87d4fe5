// Events are written only by the changes they report: one place records them (record.ts), and only
// the mutation modules listed here call it. A new writer must be added on purpose, with its test in
// tests/integration/peer-events-recorded.test.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { membershipChange } from "~/domain/peer-event/details";

const SRC = path.resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

const relative = (file: string) => path.relative(SRC, file);

describe("who writes peer events", () => {
  const files = sourceFiles(SRC).map((file) => ({
    file: relative(file),
    text: fs.readFileSync(file, "utf8"),
  }));

  it("only record.ts touches the table", () => {
    const writers = files.filter(({ text }) =>
      /peerEvent\.(create|createMany|update|upsert|delete)/.test(text),
    );
    expect(writers.map(({ file }) => file)).toEqual(["server/peer-event/record.ts"]);
  });

  it("only the changes that report events record them", () => {
    const callers = files
      .filter(({ text }) => /record(PeerEvents|ActivityEvent|ProfileEvents|RcpCreated)\(/.test(text))
      .map(({ file }) => file)
      .sort();
    expect(callers).toEqual([
      "server/activity-document/mutations.ts",
      "server/activity/hosts.ts",
      "server/activity/mutations.ts",
      "server/admin/rcp-mutations.ts",
      "server/peer-event/activity-events.ts",
      "server/peer-event/profile-events.ts",
      "server/peer-event/record.ts",
      "server/rcp/mutations.ts",
      "server/registration/settings.ts",
    ]);
  });
});

describe("membershipChange", () => {
  const member = (code: string, end = "") => ({ code, role: "MEMBER", end });

  it("counts a membership that gets an end as a departure, and a new one as an arrival", () => {
    expect(
      membershipChange([member("ZA"), member("BW")], [member("ZA"), member("BW", "2030"), member("NA")]),
    ).toEqual({ added: [{ code: "NA", role: "MEMBER" }], removed: [{ code: "BW", role: "MEMBER" }] });
  });

  it("a change of role is one departure and one arrival; dates of a current membership are none", () => {
    const observer = { code: "ZA", role: "OBSERVER", end: "" };
    expect(membershipChange([member("ZA")], [observer])).toEqual({
      added: [{ code: "ZA", role: "OBSERVER" }],
      removed: [{ code: "ZA", role: "MEMBER" }],
    });
    const dated = { ...member("ZA"), start: "2001" };
    expect(membershipChange([member("ZA")], [dated])).toEqual({
      added: [],
      removed: [],
    });
  });
});
