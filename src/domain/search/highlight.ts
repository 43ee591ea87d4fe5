// Matches come back from the database wrapped in two control characters, never in markup: text
// extracted from a file can hold anything, and is only ever rendered as text around the marks.
// Stored text cannot hold these characters (plain-text rules refuse control characters, and the
// extraction removes them), so a mark is always one the database set.
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

export type THighlightPart = { text: string; isMatch: boolean };

/** The text in parts, matched or not, for a renderer that writes each part as text. */
export function highlightParts(marked: string): THighlightPart[] {
  const parts: THighlightPart[] = [];
  for (const [index, piece] of marked.split(HIGHLIGHT_START).entries()) {
    const [inside, after] = index === 0 ? [undefined, piece] : splitOnce(piece, HIGHLIGHT_STOP);
    if (inside) parts.push({ text: inside, isMatch: true });
    if (after) parts.push({ text: after.replaceAll(HIGHLIGHT_STOP, ""), isMatch: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
