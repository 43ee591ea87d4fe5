import { describe, expect, it } from "vitest";
import { isWithin, narrowerVisibility } from "~/domain/activity-document/vocabulary";
import { contentDisposition } from "~/server/activity-document/download";

describe("a document's tier against its activity's", () => {
  it("may narrow it, never widen it", () => {
    expect(isWithin("HOSTS", "PUBLIC")).toBe(true);
    expect(isWithin("ALL_SECRETARIATS", "ALL_SECRETARIATS")).toBe(true);
    expect(isWithin("PUBLIC", "ALL_SECRETARIATS")).toBe(false);
    expect(isWithin("ALL_SECRETARIATS", "HOSTS")).toBe(false);
  });

  it("is read as the narrower of the two", () => {
    expect(narrowerVisibility("PUBLIC", "HOSTS")).toBe("HOSTS");
    expect(narrowerVisibility("HOSTS", "ALL_SECRETARIATS")).toBe("HOSTS");
    expect(narrowerVisibility("PUBLIC", "ALL_SECRETARIATS")).toBe("ALL_SECRETARIATS");
    expect(narrowerVisibility("PUBLIC", "PUBLIC")).toBe("PUBLIC");
  });
});

describe("the download's Content-Disposition", () => {
  it("is an attachment whose name no character can break out of", () => {
    const header = contentDisposition('a"b\r\nSet-Cookie: x=1; ü\\.pdf');
    expect(header).toMatch(/^attachment; filename="[^"\r\n]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]*$/);
    expect(header).toContain("filename*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x%3D1%3B%20%C3%BC%5C.pdf");
  });
});
