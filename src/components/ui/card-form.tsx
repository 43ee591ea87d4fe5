import type { ComponentProps, ReactNode } from "react";
import { Link } from "~/i18n/navigation";

type TProps = Omit<ComponentProps<"form">, "method" | "noValidate">;

/**
 * A form in a card that validates in script and reports every error itself. Its method is POST:
 * submitted before the page is interactive, a GET form would put its fields (passwords included)
 * in the address, the history and the server logs.
 */
export function CardForm({ className, ...rest }: TProps) {
  return (
    <form
      method="post"
      noValidate
      className={className ?? "space-y-4 rounded-card border border-line bg-surface p-6"}
      {...rest}
    />
  );
}

type TDoneProps = { title: ReactNode; body: ReactNode; next: { href: string; label: string } };

/** What a finished form leaves in its place: a heading, what happened and where to go next. */
export function DonePanel({ title, body, next }: TDoneProps) {
  return (
    <div role="status" className="space-y-2 rounded-card border border-line bg-surface p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p>{body}</p>
      <Link href={next.href} className="font-medium underline">
        {next.label}
      </Link>
    </div>
  );
}
