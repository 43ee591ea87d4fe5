import { describe, expect, it } from "vitest";
import { isFollowedEvent, type TFollow } from "./follows";

const followed = new Date("2026-03-01T00:00:00Z");
const follow = (targetType: TFollow["targetType"], targetId: string): TFollow => ({
  targetType,
  targetId,
  createdAt: followed,
});
const event = (createdAt: Date) => ({
  createdAt,
  rcpIds: ["rcp-a"],
  themeIds: ["theme-a"],
  countryCodes: ["MA"],
});

describe("isFollowedEvent: what followedEventsWhere selects, on an event already read", () => {
  const after = event(new Date("2026-03-02T00:00:00Z"));
  it.each([
    [follow("RCP", "rcp-a"), true],
    [follow("THEME", "theme-a"), true],
    [follow("COUNTRY", "MA"), true],
    [follow("RCP", "theme-a"), false],
    [follow("COUNTRY", "rcp-a"), false],
  ] as const)("%o → %s", (one, expected) => {
    expect(isFollowedEvent(after, [one], { sinceFollowed: true })).toBe(expected);
  });

  it("counts an event before the follow only for the whole history", () => {
    const before = event(new Date("2026-02-28T00:00:00Z"));
    expect(isFollowedEvent(before, [follow("RCP", "rcp-a")], { sinceFollowed: true })).toBe(false);
    expect(isFollowedEvent(before, [follow("RCP", "rcp-a")], { sinceFollowed: false })).toBe(true);
    expect(isFollowedEvent(event(followed), [follow("RCP", "rcp-a")], { sinceFollowed: true })).toBe(true);
    expect(isFollowedEvent(after, [], { sinceFollowed: false })).toBe(false);
  });
});
