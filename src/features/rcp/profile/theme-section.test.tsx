import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { messages } from "~/i18n/messages";
import { ThemeSection } from "./theme-section";

// Links take their language from the route, as they do under the App Router.
vi.mock("next/navigation", () => ({ useParams: () => ({ locale: "fr" }) }));

const asylum = { slug: "asylum", label: { en: "Asylum", fr: "Asile" } };
const labour = { slug: "labour-migration", label: { en: "Labour migration", fr: "Migration de travail" } };

describe("ThemeSection", () => {
  it("links each theme once to its recommendations across processes, beside the directory filter", () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="fr" messages={messages.fr} timeZone="UTC">
        <ThemeSection
          themes={[
            { kind: "MAIN_AREA", theme: asylum },
            { kind: "PRIORITY", theme: asylum },
            { kind: "PRIORITY", theme: labour },
          ]}
        />
      </NextIntlClientProvider>,
    );
    expect(html).toContain("Recommandations sur ces thèmes");
    expect(html.match(/href="\/fr\/themes\/asylum\/recommendations"/g)).toHaveLength(1);
    expect(html).toContain('href="/fr/themes/labour-migration/recommendations"');
    expect(html).toContain('href="/fr/rcps?theme=asylum"');
  });
});
