// A numbered list as people paste it from a declaration: "1. …", "2) …", "(3) …", items running
// over several lines. Pure, so the form previews exactly what the server will store.

export type TParsedItem = { number: number; text: string };
export type TParsedList = {
  items: TParsedItem[];
  /** Numbers given to more than one item, in order. */
  duplicates: number[];
  /** Numbers missing between the lowest and the highest, in order (at most 100 listed). */
  gaps: number[];
  /** Lines before the first number: a title or preamble, left out. */
  ignoredLines: number;
};

// The marker must be followed by a space or end the line, so "1.5 per cent" stays text.
const ITEM_START = /^\s*(?:(\d{1,4})[.)]|\((\d{1,4})\))(?:\s+(.*))?$/;
const MAX_GAPS_LISTED = 100;

export function parseNumberedList(text: string): TParsedList {
  const items: TParsedItem[] = [];
  let ignoredLines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = ITEM_START.exec(line);
    if (match) {
      items.push({ number: Number(match[1] ?? match[2]), text: (match[3] ?? "").trim() });
      continue;
    }
    const words = line.trim();
    if (!words) continue;
    const current = items.at(-1);
    if (current) current.text = current.text ? `${current.text} ${words}` : words;
    else ignoredLines += 1;
  }
  return { items, duplicates: duplicatesOf(items), gaps: gapsOf(items), ignoredLines };
}

function duplicatesOf(items: TParsedItem[]): number[] {
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const { number } of items) (seen.has(number) ? repeated : seen).add(number);
  return [...repeated].sort((a, b) => a - b);
}

function gapsOf(items: TParsedItem[]): number[] {
  if (items.length === 0) return [];
  const numbers = new Set(items.map((item) => item.number));
  const sorted = [...numbers].sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let n = sorted[0]!; n <= sorted.at(-1)! && gaps.length < MAX_GAPS_LISTED; n += 1) {
    if (!numbers.has(n)) gaps.push(n);
  }
  return gaps;
}
