"use client";

import { Button } from "~/components/ui/button";

/** Opens the browser's print dialog; the page's print styles leave the list alone on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" size="sm" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
