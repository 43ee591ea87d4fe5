// Activity descriptions are written in a small Markdown subset and rendered here, on the server, to
// HTML that goes into the page as is. Two locks, so that one mistake is not enough: markdown-it
// never passes HTML through (html: false), and sanitize-html keeps only the subset's tags and
// http(s)/mailto links whatever markdown-it produced.
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

const markdown = new MarkdownIt("zero", { html: false, linkify: false, breaks: true }).enable([
  "paragraph",
  "list",
  "emphasis",
  "link",
  "newline",
  "escape",
  "backticks",
]);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "code"],
  // rel is set by transformTags below, which overwrites any the text carried.
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Links lead off the platform: no referrer of who read it, no weight lent to the target.
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener noreferrer" } }),
  },
};

/** The allowlist alone, exported so that it is tested on raw HTML too, not only behind markdown-it. */
export function sanitizeDescriptionHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** A description as safe HTML; plain text from the documents comes out as its paragraphs. */
export function renderDescription(text: string): string {
  return sanitizeDescriptionHtml(markdown.render(text));
}
