import Link from "next/link";

type TProps = { title: string; body: string; home: string; homeHref: string };

/** Rendered on the server, in the locale's words: a 404 needs no script of its own. */
export function NotFoundContent({ title, body, home, homeHref }: TProps) {
  return (
    <div className="space-y-4 py-12">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-muted">{body}</p>
      <p>
        <Link href={homeHref} className="font-medium underline">
          {home}
        </Link>
      </p>
    </div>
  );
}
