import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("client address", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientIp("203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp(" 203.0.113.7 , 10.0.0.1, 10.0.0.2")).toBe("203.0.113.7");
    expect(clientIp("2001:db8::1, 10.0.0.1")).toBe("2001:db8::1");
  });

  it("is 'unknown' without the header or with garbage in it", () => {
    expect(clientIp(null)).toBe("unknown");
    expect(clientIp(undefined)).toBe("unknown");
    expect(clientIp("")).toBe("unknown");
    expect(clientIp(" , 10.0.0.1")).toBe("unknown");
    expect(clientIp("x".repeat(65))).toBe("unknown");
  });
});
