// What the peer bench times: the search (names, common words, another language, documents) and the
// feed of a secretariat editor who follows a process, a theme and a country, through their tRPC
// reads and through the pages that show them. Each case knows the read it stands for, so the bench
// can capture that read's SQL and replay it directly.
import { ZFeedListInput, type TFeedListInput } from "../../src/domain/peer-event/feed-schema";
import { ZSearchInput, type TSearchInput } from "../../src/domain/search/schema";
import { listPeerFeed } from "../../src/server/peer-event/feed";
import { search } from "../../src/server/search/query";
import { loadAccess, type TAccess } from "../../src/server/user/access";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { BenchError } from "../cleanup";

export type TActor = "anonymous" | "editor";

export type TPeerCase = { key: string; actor: TActor } & (
  | { read: "search"; input: TSearchInput; via: "trpc" | "page" }
  | { read: "feed"; input: TFeedListInput; via: "trpc" | "page" }
);

const SEARCHES: { key: string; input: TSearchInput; actors: TActor[] }[] = [
  { key: "search MIDSA", input: { q: "MIDSA" }, actors: ["anonymous"] },
  { key: "search labour migration", input: { q: "labour migration" }, actors: ["anonymous", "editor"] },
  {
    key: "search migracion laboral (es)",
    input: { q: "migracion laboral", locale: "es" },
    actors: ["editor"],
  },
  { key: "search migration, documents", input: { q: "migration", type: "DOCUMENT" }, actors: ["editor"] },
];

/** `deepBefore`: an event id far down the editor's feed, for a page deep in its history. */
export function peerCases(deepBefore: string): TPeerCase[] {
  const feed = (input: Omit<TFeedListInput, "locale">): TFeedListInput => ({ locale: "en", ...input });
  return [
    ...SEARCHES.flatMap(({ key, input, actors }) =>
      actors.map((actor): TPeerCase => ({ key, actor, read: "search", input, via: "trpc" })),
    ),
    { key: "feed first page", actor: "editor", read: "feed", input: feed({}), via: "trpc" },
    {
      key: "feed theme filter",
      actor: "editor",
      read: "feed",
      input: feed({ theme: "labour-migration" }),
      via: "trpc",
    },
    {
      key: "feed deep page",
      actor: "editor",
      read: "feed",
      input: feed({ before: deepBefore }),
      via: "trpc",
    },
    {
      key: "page /en/search",
      actor: "anonymous",
      read: "search",
      input: { q: "labour migration" },
      via: "page",
    },
    {
      key: "page /en/search",
      actor: "editor",
      read: "search",
      input: { q: "labour migration" },
      via: "page",
    },
    { key: "page /en (home feed)", actor: "editor", read: "feed", input: feed({}), via: "page" },
  ];
}

/** The address a client requests: the tRPC read (GET, superjson's envelope) or the page. */
export function peerCaseUrl(origin: string, benchCase: TPeerCase): string {
  if (benchCase.via === "page") {
    if (benchCase.read === "feed") return `${origin}/en`;
    const { q, locale = "en" } = benchCase.input;
    return `${origin}/${locale}/search?q=${encodeURIComponent(q)}`;
  }
  const procedure = benchCase.read === "search" ? "search.query" : "feed.list";
  return `${origin}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: benchCase.input }))}`;
}

/** One request's read as the procedure runs it: the reader's access (signed in), then the read. */
export async function runRead(db: PrismaClient, benchCase: TPeerCase, editorId: string): Promise<number> {
  let access: TAccess | null = null;
  if (benchCase.actor === "editor") access = await loadAccess(db, editorId);
  if (benchCase.read === "search") {
    return (await search(db, access, ZSearchInput.parse(benchCase.input))).hits.length;
  }
  if (!access) throw new BenchError("The feed is read signed in.");
  return (await listPeerFeed(db, access, ZFeedListInput.parse(benchCase.input))).items.length;
}
