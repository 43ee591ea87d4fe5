import type { ReactNode } from "react";

type TProps = {
  id: string;
  title: ReactNode;
  /** "card": a bordered panel that in-page links (`#id`) can scroll to. */
  variant?: "plain" | "card";
  className?: string;
  children: ReactNode;
};

/** A page section named by its heading, so assistive technology lists it as a region. */
export function Section({ id, title, variant = "plain", className, children }: TProps) {
  const headingId = `${id}-heading`;
  const isCard = variant === "card";
  return (
    <section
      id={isCard ? id : undefined}
      aria-labelledby={headingId}
      className={
        className ??
        (isCard ? "scroll-mt-4 space-y-4 rounded-card border border-line bg-surface p-4 sm:p-6" : "space-y-3")
      }
    >
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
