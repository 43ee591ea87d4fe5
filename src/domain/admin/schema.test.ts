import { describe, expect, it } from "vitest";
import { ZAuditFilters } from "./audit-schema";
import { ZCreateRcpInput } from "./rcp-schema";
import { parseSearchParams, queryString } from "~/lib/search-params";
import { ZListUsersInput, ZUserFilters } from "./user-schema";

const errorsOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

const rcp = {
  slug: "bali-process",
  name: "Bali Process",
  shortName: "Bali Process",
  acronym: "",
  yearEstablished: 2002,
  region: "ASIA_OCEANIA",
  secretariatKind: "FIXED",
  description: "",
};

describe("admin schemas", () => {
  it("a form's empty choices and blank text mean 'not set'", () => {
    expect(ZUserFilters.parse({ q: "   ", rcpId: "", platformRole: "", rcpRole: "", status: "" })).toEqual(
      {},
    );
    expect(ZUserFilters.parse({ q: "  Ana  ", status: "disabled" })).toEqual({
      q: "Ana",
      status: "disabled",
    });
    expect(ZCreateRcpInput.parse(rcp)).toMatchObject({ acronym: undefined, description: undefined });
  });

  it("refuses control characters, which PostgreSQL cannot store or no name needs", () => {
    expect(errorsOf(ZUserFilters.safeParse({ q: "a\u0000b" }))).toEqual({ q: "invalidCharacters" });
    expect(errorsOf(ZCreateRcpInput.safeParse({ ...rcp, name: "Bali\u0007" }))).toEqual({
      name: "invalidCharacters",
    });
    // Descriptions keep their paragraphs.
    expect(ZCreateRcpInput.parse({ ...rcp, description: "One.\n\nTwo.\tThree." }).description).toBe(
      "One.\n\nTwo.\tThree.",
    );
  });

  it("names each problem of an RCP with a message key", () => {
    const result = ZCreateRcpInput.safeParse({
      ...rcp,
      slug: "-Bali--",
      shortName: "",
      yearEstablished: Number.NaN,
      region: "",
      secretariatKind: "SOMETIMES",
    });
    expect(errorsOf(result)).toEqual({
      slug: "slugFormat",
      shortName: "required",
      yearEstablished: "yearInvalid",
      region: "required",
      secretariatKind: "required",
    });
    // A form sends the year as typed.
    expect(ZCreateRcpInput.parse({ ...rcp, yearEstablished: " 1996 " }).yearEstablished).toBe(1996);
    expect(errorsOf(ZCreateRcpInput.safeParse({ ...rcp, yearEstablished: "" }))).toEqual({
      yearEstablished: "yearInvalid",
    });
    expect(errorsOf(ZCreateRcpInput.safeParse({ ...rcp, yearEstablished: "19x6" }))).toEqual({
      yearEstablished: "yearInvalid",
    });
    expect(
      errorsOf(ZCreateRcpInput.safeParse({ ...rcp, yearEstablished: new Date().getUTCFullYear() + 1 })),
    ).toEqual({
      yearEstablished: "yearRange",
    });
  });

  it("audit days are real calendar days, in order", () => {
    expect(errorsOf(ZAuditFilters.safeParse({ from: "2026-02-30" }))).toEqual({ from: "invalidDate" });
    expect(errorsOf(ZAuditFilters.safeParse({ from: "2026-13-01" }))).toEqual({ from: "invalidDate" });
    expect(errorsOf(ZAuditFilters.safeParse({ from: "2026-03-02", to: "2026-03-01" }))).toEqual({
      to: "dateOrder",
    });
    expect(ZAuditFilters.parse({ from: "2024-02-29", to: "2024-02-29" })).toEqual({
      from: "2024-02-29",
      to: "2024-02-29",
    });
  });
});

describe("page addresses", () => {
  it("keep the valid filters of a hand-edited address and drop the rest", () => {
    expect(
      parseSearchParams(ZListUsersInput, { q: "ana", status: "gone", page: "2", rcpId: ["c123", "c456"] }, [
        "page",
      ]),
    ).toEqual({ q: "ana", rcpId: "c123", page: 2, pageSize: 25 });
    expect(
      parseSearchParams(ZListUsersInput, { page: "-3", pageSize: "1000000" }, ["page", "pageSize"]),
    ).toEqual({
      page: 1,
      pageSize: 25,
    });
    expect(parseSearchParams(ZAuditFilters, { from: "2026-03-02", to: "2026-03-01" })).toEqual({
      from: "2026-03-02",
    });
  });

  it("leave unset values out of the query string", () => {
    expect(queryString({ q: "a b", rcpId: undefined, status: "", page: 2 })).toBe("?q=a+b&page=2");
    expect(queryString({ q: undefined })).toBe("");
  });
});
