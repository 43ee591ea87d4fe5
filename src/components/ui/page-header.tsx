import type { ReactNode } from "react";

/** A page's title and the sentence under it; `children` adds notes or links below. */
export function PageHeader({
  title,
  intro,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="space-y-3">
      <h1 className="text-3xl font-bold">{title}</h1>
      {intro && <p className="max-w-3xl text-lg text-muted">{intro}</p>}
      {children}
    </header>
  );
}
