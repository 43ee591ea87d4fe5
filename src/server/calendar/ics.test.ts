import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { TFeedActivity } from "./feed-activity";
import { buildIcs } from "./ics";

const ORIGIN = "https://rcp-exchange.example";

function activity(overrides: Partial<TFeedActivity> = {}): TFeedActivity {
  return {
    id: "clactivity0001",
    slug: "regional-workshop-2030-abc123",
    title: { en: "Regional workshop", fr: "Atelier régional" },
    summary: { en: "Labour migration; skills, recognition.\nSecond line." },
    status: "SCHEDULED",
    startDate: new Date("2030-05-12T00:00:00Z"),
    startPrecision: "DAY",
    endDate: new Date("2030-05-13T00:00:00Z"),
    endPrecision: "DAY",
    startsAt: new Date("2030-05-12T02:30:00Z"),
    endsAt: new Date("2030-05-13T10:00:00Z"),
    timeZone: "Asia/Bangkok",
    location: "Bangkok",
    countryCode: "TH",
    isOnline: false,
    version: 3,
    updatedAt: new Date("2026-11-30T08:00:00Z"),
    hostNames: ["Bali Process", "Budapest Process"],
    ...overrides,
  };
}

/** The events as an independent parser reads them. */
function parse(text: string) {
  const calendar = ICAL.Component.fromString(text);
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        description: event.description,
        location: event.location,
        status: String(component.getFirstPropertyValue("status")),
        url: String(component.getFirstPropertyValue("url")),
        start: event.startDate,
        end: event.endDate,
      };
    }),
  };
}

const build = (activities: TFeedActivity[], locale: "en" | "fr" | "es" = "en") =>
  buildIcs({ name: "Test feed", locale, origin: ORIGIN, activities });

describe("buildIcs", () => {
  it("writes a valid calendar with a stable UID on the app's host and the version as SEQUENCE", () => {
    const text = build([activity()]);
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: "clactivity0001@rcp-exchange.example",
      sequence: 3,
      summary: "Regional workshop",
      status: "CONFIRMED",
      url: `${ORIGIN}/en/activities/regional-workshop-2030-abc123`,
      location: "Bangkok, Thailand",
    });
    expect(parse(build([activity({ version: 4 })])).events[0]?.uid).toBe(events[0]?.uid);
  });

  it("gives exact times as the instants they are, and names the event's own zone", () => {
    const [event] = parse(build([activity()])).events;
    expect(event?.start.isDate).toBe(false);
    expect(event?.start.toJSDate().toISOString()).toBe("2030-05-12T02:30:00.000Z");
    expect(event?.end.toJSDate().toISOString()).toBe("2030-05-13T10:00:00.000Z");
    expect(event?.description).toContain("Asia/Bangkok");
    expect(event?.description).toContain("9:30");
  });

  it("makes a month known only as such an all-day event over the month, marked as approximate", () => {
    const may2004 = activity({
      startDate: new Date("2004-05-01T00:00:00Z"),
      startPrecision: "MONTH",
      endDate: null,
      endPrecision: null,
      startsAt: null,
      endsAt: null,
      timeZone: null,
    });
    const [event] = parse(build([may2004])).events;
    expect(event?.start.isDate).toBe(true);
    expect(event?.start.toString()).toBe("2004-05-01");
    // DTEND of an all-day event is the day after its last.
    expect(event?.end.toString()).toBe("2004-06-01");
    expect(event?.description).toContain("Approximate date: known only as May 2004.");
    const [french] = parse(build([may2004], "fr")).events;
    expect(french?.description).toContain("Date approximative\u00a0: connue seulement comme mai 2004.");
  });

  it("spans a year known only as such, and the days of a dated activity without times", () => {
    const year = activity({
      startDate: new Date("2009-01-01T00:00:00Z"),
      startPrecision: "YEAR",
      endDate: null,
      endPrecision: null,
      startsAt: null,
      endsAt: null,
    });
    const days = activity({ startsAt: null, endsAt: null });
    const [yearEvent, dayEvent] = parse(build([year, days])).events;
    expect([yearEvent?.start.toString(), yearEvent?.end.toString()]).toEqual(["2009-01-01", "2010-01-01"]);
    expect([dayEvent?.start.toString(), dayEvent?.end.toString()]).toEqual(["2030-05-12", "2030-05-14"]);
    expect(dayEvent?.description).not.toContain("Approximate");
  });

  it("keeps a cancelled activity as CANCELLED and marks a postponed one as tentative, saying why", () => {
    const { events } = parse(
      build([activity({ status: "CANCELLED" }), activity({ id: "clactivity0002", status: "POSTPONED" })]),
    );
    expect(events.map((event) => event.status)).toEqual(["CANCELLED", "TENTATIVE"]);
    expect(events[1]?.description).toContain("Postponed");
  });

  it("writes in the feed's language, falling back to a written one and saying which", () => {
    const { events } = parse(build([activity({ summary: { en: "Only in English." } })], "fr"));
    expect(events[0]?.summary).toBe("Atelier régional");
    expect(events[0]?.url).toBe(`${ORIGIN}/fr/activities/regional-workshop-2030-abc123`);
    expect(events[0]?.description).toContain("Only in English.");
    expect(events[0]?.description).toContain("(Texte en anglais.)");
    const spanishOnly = activity({ title: { es: "Taller regional" } });
    expect(parse(build([spanishOnly], "en")).events[0]?.summary).toBe("Taller regional");
  });

  it("escapes what the format gives meaning to, so text cannot add properties", () => {
    const hostile = activity({
      title: { en: "Workshop\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected; x, y \\" },
      location: "Perth, Australia; \\ room",
    });
    const { events } = parse(build([hostile]));
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toContain("END:VEVENT");
    expect(events[0]?.location).toBe("Perth, Australia; \\ room, Thailand");
  });

  it("says online and hosts in the notes", () => {
    const [event] = parse(build([activity({ isOnline: true, location: null, countryCode: null })])).events;
    expect(event?.location).toBe("Online");
    expect(event?.description).toContain("Hosted by Bali Process, Budapest Process.");
  });
});
