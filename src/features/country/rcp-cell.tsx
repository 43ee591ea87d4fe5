import { PlainLink } from "~/components/ui/plain-link";
import { distinctFullName } from "~/domain/rcp/full-name";

/** The RCP's short name linking to its profile, with its full name when that differs. */
export function RcpCell({ rcp }: { rcp: { slug: string; shortName: string; name: string } }) {
  return (
    <>
      <PlainLink href={`/rcps/${rcp.slug}`} className="font-medium">
        {rcp.shortName}
      </PlainLink>
      {distinctFullName(rcp) && <span className="block text-xs text-muted">{rcp.name}</span>}
    </>
  );
}
