import { describe, expect, it } from "vitest";
import { renderDescription, sanitizeDescriptionHtml } from "~/server/activity/description";

const HOSTILE = [
  "<script>alert(1)</script>",
  '<iframe src="https://evil.example"></iframe>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
  '<a href="vbscript:msgbox">x</a>',
  '<a href="//evil.example/x">x</a>',
  '<a href="https://x.example" onclick="alert(1)">x</a>',
  '<p style="position:fixed">x</p>',
  "<style>body{display:none}</style>",
  "<svg onload=alert(1)>",
  '<form action="https://evil.example"><input name="p"></form>',
  '<object data="x.swf"></object>',
  "<h1>big</h1>",
  '<p class="bg-red-500" id="main">x</p>',
];

// What may never reach the page, whatever the input: a live element or attribute beyond the subset.
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
    const [, name = "", attributes = ""] = tag;
    if (!["p", "br", "strong", "em", "ul", "ol", "li", "a", "code"].includes(name.toLowerCase()))
      found.push(`<${name}>`);
    for (const [, attribute = "", value = ""] of attributes.matchAll(/([a-z-]+)="([^"]*)"/gi)) {
      if (!["href", "rel", "start"].includes(attribute.toLowerCase())) found.push(attribute);
      if (attribute === "href" && !/^(https?:\/\/|mailto:)/.test(value)) found.push(`href=${value}`);
    }
  }
  return found;
}

describe("renderDescription", () => {
  it("renders the subset: paragraphs, bold, italic, lists and links", () => {
    const html = renderDescription(
      "First **bold** and *italic*.\n\n- one\n- two\n\n1. first\n2. second\n\n[IOM](https://www.iom.int/)",
    );
    expect(html).toBe(
      "<p>First <strong>bold</strong> and <em>italic</em>.</p>\n" +
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n" +
        '<p><a href="https://www.iom.int/" rel="nofollow noopener noreferrer">IOM</a></p>\n',
    );
  });

  it("keeps the documents' plain text as its paragraphs", () => {
    expect(renderDescription("A workshop in Perth.\n\nHeld jointly.")).toBe(
      "<p>A workshop in Perth.</p>\n<p>Held jointly.</p>\n",
    );
  });

  it("shows typed HTML as text instead of running it", () => {
    expect(renderDescription("a <b>b</b>")).toBe("<p>a &lt;b&gt;b&lt;/b&gt;</p>\n");
  });

  it.each([
    ...HOSTILE,
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "[rel](//evil.example/x)",
    "![img](https://evil.example/track.png)",
    "# Heading",
  ])("renders %j with nothing live beyond the subset", (input) => {
    expect(dangers(renderDescription(input))).toEqual([]);
  });

  it("allows mailto links", () => {
    expect(renderDescription("[write](mailto:sec@example.org)")).toContain('href="mailto:sec@example.org"');
  });
});

describe("sanitizeDescriptionHtml, the second lock on its own", () => {
  it.each(HOSTILE)("strips %j to the subset", (input) => {
    const html = sanitizeDescriptionHtml(input);
    expect(dangers(html)).toEqual([]);
    expect(html).not.toMatch(/alert|evil\.example/);
  });

  it("keeps an allowed link and marks it", () => {
    expect(sanitizeDescriptionHtml('<a href="https://iom.int" target="_top">x</a>')).toBe(
      '<a href="https://iom.int" rel="nofollow noopener noreferrer">x</a>',
    );
  });
});
