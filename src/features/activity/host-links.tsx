import { useLocale } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import { rcpNames } from "~/domain/rcp/names";

export type THost = { slug: string; shortName: string; localizedNames: unknown };

/** The hosts by their names in the reader's language, each linking to its profile. */
export function HostLinks({ hosts }: { hosts: readonly THost[] }) {
  const locale = useLocale();
  return (
    <>
      {hosts.map((host, index) => {
        const name = rcpNames({ ...host, name: host.shortName }, locale).shortName;
        return (
          <span key={host.slug}>
            {index > 0 && " · "}
            <PlainLink
              href={`/rcps/${host.slug}`}
              lang={name.isFallback ? name.lang : undefined}
              className="underline"
            >
              {name.text}
            </PlainLink>
          </span>
        );
      })}
    </>
  );
}
