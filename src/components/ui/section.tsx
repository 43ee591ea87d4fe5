import type { ReactNode } from "react";

type TProps = { id: string; title: ReactNode; className?: string; children: ReactNode };

/** A page section named by its heading, so assistive technology lists it as a region. */
export function Section({ id, title, className = "space-y-3", children }: TProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
