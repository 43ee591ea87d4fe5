import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES } from "./client-message-paths";
import { messages } from "./messages";
import { pickMessages, type TMessageTree } from "./pick-messages";
import { routing } from "./routing";

describe("pickMessages", () => {
  const all: TMessageTree = {
    Directory: { title: "Directory", count: "{shown} of {total}" },
    Rcp: { established: "Established {year}", role: { MEMBER: "Member" }, themes: "Themes" },
    Admin: { title: "Administration" },
  };

  it("keeps whole namespaces and single keys, and nothing else", () => {
    expect(pickMessages(all, ["Directory", "Rcp.established", "Rcp.role"])).toEqual({
      Directory: all.Directory,
      Rcp: { established: "Established {year}", role: { MEMBER: "Member" } },
    });
  });

  it("refuses a path that names no message", () => {
    expect(() => pickMessages(all, ["Nope"])).toThrow('No messages at "Nope"');
    expect(() => pickMessages(all, ["Rcp.nope"])).toThrow('No messages at "Rcp.nope"');
  });

  it.each(routing.locales)("every path handed to client components exists in %s", (locale) => {
    for (const paths of Object.values(CLIENT_MESSAGES)) {
      expect(() => pickMessages(messages[locale] as unknown as TMessageTree, paths)).not.toThrow();
    }
  });
});
