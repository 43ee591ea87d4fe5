import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import type { TPeer } from "~/server/rcp/overlap";
import { PeerList } from "./peer-list";

// The order rcp.listPeers gives for the Colombo Process on the reference data.
const colomboPeers: TPeer[] = [
  { slug: "abu-dhabi-dialogue", shortName: "Abu Dhabi Dialogue", sharedMembers: 11, sharedThemes: 6 },
  { slug: "bali-process", shortName: "Bali Process", sharedMembers: 11, sharedThemes: 2 },
  { slug: "apc", shortName: "APC", sharedMembers: 11, sharedThemes: 0 },
  { slug: "igad-rcp", shortName: "IGAD-RCP", sharedMembers: 0, sharedThemes: 6 },
  { slug: "mtm", shortName: "MTM Dialogue", sharedMembers: 0, sharedThemes: 6 },
  { slug: "midsa", shortName: "MIDSA", sharedMembers: 0, sharedThemes: 5 },
];

function render(peers: TPeer[], locale: TLocale = "en", limit?: number) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      <PeerList peers={peers} limit={limit} />
    </NextIntlClientProvider>,
  );
  const text = (fragment: string) => fragment.replace(/<[^>]+>/g, "");
  return {
    items: [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((match) => text(match[1] ?? "")),
    links: [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1]),
    text: text(html),
  };
}

describe("PeerList", () => {
  it("shows the top five peers in order, with shared members and themes", () => {
    const { items, links } = render(colomboPeers);
    expect(items).toEqual([
      "Abu Dhabi Dialogue11 shared member states · 6 shared themes",
      "Bali Process11 shared member states · 2 shared themes",
      "APC11 shared member states · 0 shared themes",
      "IGAD-RCP0 shared member states · 6 shared themes",
      "MTM Dialogue0 shared member states · 6 shared themes",
    ]);
    expect(links).toEqual([
      "/en/rcps/abu-dhabi-dialogue",
      "/en/rcps/bali-process",
      "/en/rcps/apc",
      "/en/rcps/igad-rcp",
      "/en/rcps/mtm",
    ]);
  });

  it("leaves out processes that share nothing and says so when none is left", () => {
    const unrelated = { slug: "sacm", shortName: "SACM", sharedMembers: 0, sharedThemes: 0 };
    expect(render([colomboPeers[2]!, unrelated]).items).toHaveLength(1);
    expect(render([unrelated]).text).toContain(
      "No other process shares member states or themes with this one.",
    );
  });

  it("speaks the reader's language, with its plural rules", () => {
    const one = { slug: "apc", shortName: "APC", sharedMembers: 1, sharedThemes: 1 };
    expect(render([one], "fr").items).toEqual(["APC1 État membre commun · 1 thème commun"]);
    expect(render([colomboPeers[0]!], "es").items).toEqual([
      "Abu Dhabi Dialogue11 Estados miembros compartidos · 6 temas compartidos",
    ]);
    expect(render([one], "es").links).toEqual(["/es/rcps/apc"]);
  });
});
