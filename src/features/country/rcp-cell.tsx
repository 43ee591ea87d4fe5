import { useLocale } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import { distinctFullName } from "~/domain/rcp/full-name";
import { rcpNames, type TRcpNameSource } from "~/domain/rcp/names";

/** The RCP's short name linking to its profile, with its full name when that differs. */
export function RcpCell({ rcp }: { rcp: TRcpNameSource & { slug: string } }) {
  const names = rcpNames(rcp, useLocale());
  return (
    <>
      <PlainLink href={`/rcps/${rcp.slug}`} lang={names.shortName.lang} className="font-medium">
        {names.shortName.text}
      </PlainLink>
      {distinctFullName({ name: names.name.text, shortName: names.shortName.text }) && (
        <span lang={names.name.lang} className="block text-xs text-muted">
          {names.name.text}
        </span>
      )}
    </>
  );
}
