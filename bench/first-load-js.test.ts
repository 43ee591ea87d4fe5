import { describe, expect, it } from "vitest";
import { scriptSources } from "./first-load-js";

describe("scriptSources", () => {
  it("lists each external script once, in order, without inline and noModule ones", () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1])</script>' +
      '<script nonce="x" src="/_next/static/chunks/b.js?dpl=1&amp;v=2"></script>' +
      '<link rel="preload" as="script" href="/_next/static/chunks/c.js"/><script src="/_next/static/chunks/a.js"></script>' +
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>';
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?dpl=1&v=2"]);
  });
});
