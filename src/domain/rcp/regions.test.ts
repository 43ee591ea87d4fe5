import { describe, expect, it } from "vitest";
import { Region } from "~/generated/prisma/enums";
import { REGIONS } from "./regions";

describe("regions", () => {
  it("are the database's Region enum, in its order", () => {
    expect(REGIONS).toEqual(Object.values(Region));
  });
});
