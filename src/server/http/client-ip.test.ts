import { describe, expect, it } from "vitest";
import { clientIp, NO_PROXY_KEY } from "./client-ip";

describe("client address", () => {
  it("is the address the outermost trusted proxy appended, not one the client wrote", () => {
    expect(clientIp("203.0.113.7", 1)).toBe("203.0.113.7");
    // A client sending its own header cannot pick the address it is counted under.
    expect(clientIp("198.51.100.99, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientIp(" 198.51.100.99 , 2001:db8::1 ", 1)).toBe("2001:db8::1");
    // Behind a CDN and a local proxy: the CDN appended the client, the local proxy the CDN.
    expect(clientIp("198.51.100.99, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("takes the leftmost entry of a header shorter than the proxy chain", () => {
    expect(clientIp("203.0.113.7", 2)).toBe("203.0.113.7");
  });

  it("without a proxy (0 hops) ignores the header: every client shares one key it cannot choose", () => {
    expect(clientIp("203.0.113.7", 0)).toBe(NO_PROXY_KEY);
    expect(clientIp("198.51.100.99, 203.0.113.7", 0)).toBe(NO_PROXY_KEY);
    expect(clientIp(null, 0)).toBe(NO_PROXY_KEY);
    expect(NO_PROXY_KEY).not.toBe("unknown");
  });

  it("is 'unknown' without the header or with garbage in it", () => {
    expect(clientIp(null, 1)).toBe("unknown");
    expect(clientIp(undefined, 1)).toBe("unknown");
    expect(clientIp("", 1)).toBe("unknown");
    expect(clientIp("10.0.0.1, ", 1)).toBe("unknown");
    expect(clientIp("x".repeat(65), 1)).toBe("unknown");
  });
});
