"use client";

import { useRef, useState, type ReactNode } from "react";

type TShown = { name: string; summary: string; rcps: string[]; x: number; y: number; isBelow: boolean };

const HALF_WIDTH = 130;

/**
 * Shows which RCPs a country belongs to while it is pointed at or has keyboard focus. It reads the
 * data-* attributes the server put on the map, so it carries no data of its own. Escape hides it.
 * Screen readers get the same text from the links' names, so the panel is hidden from them.
 */
export function MapHoverPanel({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<TShown | null>(null);

  function show(target: EventTarget, pointer?: { x: number; y: number }) {
    const shape = target instanceof Element ? target.closest<SVGElement>("[data-name]") : null;
    const box = frame.current?.getBoundingClientRect();
    if (!shape?.dataset.name || !box) {
      setShown(null);
      return;
    }
    const bounds = shape.getBoundingClientRect();
    const x = (pointer?.x ?? bounds.left + bounds.width / 2) - box.left;
    const top = (pointer?.y ?? bounds.top) - box.top;
    // Near the top edge the panel goes below the country (or the pointer) instead of above it.
    const isBelow = top < 140;
    setShown({
      name: shape.dataset.name,
      summary: shape.dataset.summary ?? "",
      rcps: shape.dataset.rcps ? (JSON.parse(shape.dataset.rcps) as string[]) : [],
      x: Math.min(Math.max(x, HALF_WIDTH), Math.max(box.width - HALF_WIDTH, HALF_WIDTH)),
      y: isBelow ? (pointer?.y ?? bounds.bottom) - box.top : top,
      isBelow,
    });
  }

  return (
    <div
      ref={frame}
      className="relative"
      onPointerMove={(event) => show(event.target, { x: event.clientX, y: event.clientY })}
      onPointerLeave={() => setShown(null)}
      onFocus={(event) => show(event.target)}
      onBlur={() => setShown(null)}
      onKeyDown={(event) => {
        if (event.key === "Escape") setShown(null);
      }}
    >
      {children}
      {shown && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 w-max max-w-64 rounded-card border border-line bg-surface px-3 py-2 text-sm text-ink shadow-lg"
          style={{
            left: shown.x,
            top: shown.y,
            transform: shown.isBelow ? "translate(-50%, 16px)" : "translate(-50%, calc(-100% - 12px))",
          }}
        >
          <p className="font-semibold">{shown.name}</p>
          <p className="text-muted">{shown.summary}</p>
          {shown.rcps.length > 0 && (
            <ul className="mt-1 list-disc pl-4">
              {shown.rcps.map((rcp) => (
                <li key={rcp}>{rcp}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
