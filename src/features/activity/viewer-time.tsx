"use client";

import { useEffect, useState } from "react";

type TProps = {
  startsAt: string;
  endsAt: string | null;
  eventTimeZone: string;
  locale: string;
  label: string;
};

/**
 * The activity's time in the reader's own zone, which only the browser knows: rendered after
 * load, so the cached page stays the same for everyone. Nothing when the reader is in the
 * event's zone already.
 */
export function ViewerTime({ startsAt, endsAt, eventTimeZone, locale, label }: TProps) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: zone,
    });
    const same = (instant: string) =>
      format.format(new Date(instant)) ===
      new Intl.DateTimeFormat(locale, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: eventTimeZone,
      }).format(new Date(instant));
    if (same(startsAt) && (!endsAt || same(endsAt))) return;
    const start = new Date(startsAt);
    const shown = endsAt ? format.formatRange(start, new Date(endsAt)) : format.format(start);
    setText(`${shown} (${zone.replaceAll("_", " ")})`);
  }, [startsAt, endsAt, eventTimeZone, locale]);
  if (!text) return null;
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd data-testid="viewer-time">{text}</dd>
    </>
  );
}
