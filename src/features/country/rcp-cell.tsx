import { Link } from "~/i18n/navigation";

/** The RCP's short name linking to its profile, with its full name when that differs. */
export function RcpCell({ rcp }: { rcp: { slug: string; shortName: string; name: string } }) {
  return (
    <>
      <Link href={`/rcps/${rcp.slug}`} className="font-medium">
        {rcp.shortName}
      </Link>
      {rcp.name !== rcp.shortName && <span className="block text-xs text-muted">{rcp.name}</span>}
    </>
  );
}
