export type TSentenceSegment = { text: string; href?: string; lang?: string };

/** An event's sentence as the server worded it: its names are links, in their own language. */
export function EventSentence({ segments }: { segments: readonly TSentenceSegment[] }) {
  return segments.map((segment, index) =>
    segment.href ? (
      <a key={index} href={segment.href} lang={segment.lang} className="font-semibold underline">
        {segment.text}
      </a>
    ) : (
      <span key={index} lang={segment.lang}>
        {segment.text}
      </span>
    ),
  );
}
