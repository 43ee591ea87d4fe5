import { highlightParts } from "~/domain/search/highlight";

/**
 * Text with the database's match marks shown as <mark>: every part is written as text, so nothing
 * inside a document (markup, scripts) is ever interpreted.
 */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-brand-soft px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
