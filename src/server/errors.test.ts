import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";

describe("DomainError", () => {
  it("carries the code as its message unless given one of the shared keys", () => {
    expect(new DomainError("NOT_FOUND").message).toBe("NOT_FOUND");
    expect(new DomainError("CONFLICT", "lastAdmin").message).toBe("lastAdmin");
    // @ts-expect-error a reason the client would not know how to show does not compile
    expect(new DomainError("CONFLICT", "somethingElse").message).toBe("somethingElse");
  });
});
