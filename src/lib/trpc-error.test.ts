import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { decodeCallError } from "./trpc-error";

/** A refusal as the tRPC client receives it from the server's errorFormatter. */
function refusal(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data } } });
}

describe("decodeCallError", () => {
  it("reads the code, the domain's reason and its details", () => {
    const details = { current: { version: 3 } };
    expect(decodeCallError(refusal("CONFLICT", { code: "CONFLICT", httpStatus: 409, details }))).toEqual({
      code: "CONFLICT",
      key: null,
      fields: {},
      details,
    });
    expect(
      decodeCallError(refusal("unknownTheme", { code: "BAD_REQUEST", details: { slugs: ["x"] } })),
    ).toMatchObject({ code: "BAD_REQUEST", key: "unknownTheme", details: { slugs: ["x"] } });
    expect(decodeCallError(refusal("invitationRcpArchived", { code: "NOT_FOUND" }))).toMatchObject({
      code: "NOT_FOUND",
      key: "invitationRcpArchived",
    });
  });

  it("keeps the first message of each field, and ties field reasons to their field", () => {
    const zod = refusal("[…]", {
      code: "BAD_REQUEST",
      fieldErrors: { email: ["invalidEmail", "x"], "rcp.role": ["required"] },
    });
    expect(decodeCallError(zod).fields).toEqual({ email: "invalidEmail", "rcp.role": "required" });
    expect(decodeCallError(refusal("common", { code: "BAD_REQUEST" })).fields).toEqual({
      password: "common",
    });
    expect(decodeCallError(refusal("slugTaken", { code: "CONFLICT" })).fields).toEqual({ slug: "slugTaken" });
  });

  it("trusts nothing it does not know: unknown codes and messages, other errors", () => {
    expect(decodeCallError(refusal("SELECT * FROM users", { code: "WHATEVER" }))).toEqual({
      code: null,
      key: null,
      fields: {},
      details: undefined,
    });
    expect(decodeCallError(new Error("network down"))).toEqual({
      code: null,
      key: null,
      fields: {},
      details: undefined,
    });
  });
});
