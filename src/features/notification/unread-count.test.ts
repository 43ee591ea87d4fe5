import { describe, expect, it } from "vitest";
import { readUnread, unreadLabel } from "./unread-count";

const labels = {
  none: "No unread notifications",
  one: "{count} unread notification",
  other: "{count} unread notifications",
  more: "More than 99 unread notifications",
};

describe("the bell's count", () => {
  it("reads the procedure's answer as the route sends it, and nothing else", () => {
    expect(readUnread({ result: { data: { json: { count: 3, isMore: false } } } })).toEqual({
      count: 3,
      isMore: false,
    });
    for (const body of [
      null,
      {},
      { result: { data: { json: { count: "3", isMore: false } } } },
      { error: {} },
    ]) {
      expect(readUnread(body)).toBeNull();
    }
  });

  it("says the count in words for screen readers, in the page's plural rules", () => {
    expect(unreadLabel({ count: 0, isMore: false }, labels, "en")).toBe("No unread notifications");
    expect(unreadLabel({ count: 1, isMore: false }, labels, "en")).toBe("1 unread notification");
    expect(unreadLabel({ count: 3, isMore: false }, labels, "en")).toBe("3 unread notifications");
    expect(unreadLabel({ count: 99, isMore: true }, labels, "en")).toBe("More than 99 unread notifications");
    // French counts 0 and 1 as singular; 0 has its own words anyway.
    expect(unreadLabel({ count: 1, isMore: false }, { ...labels, one: "{count} non lue" }, "fr")).toBe(
      "1 non lue",
    );
  });
});
