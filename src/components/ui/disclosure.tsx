import type { ReactNode } from "react";

type TProps = { id: string; title: ReactNode; className?: string; children: ReactNode };

/** A closed-by-default panel whose summary is a heading; `${id}-heading` labels what it holds. */
export function Disclosure({ id, title, className = "pt-4", children }: TProps) {
  return (
    <details className="rounded-card border border-line bg-surface p-4">
      <summary className="cursor-pointer">
        <h2 id={`${id}-heading`} className="inline text-xl font-semibold">
          {title}
        </h2>
      </summary>
      <div className={className}>{children}</div>
    </details>
  );
}
