import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { PlainLink } from "~/components/ui/plain-link";
import { rcpShortName } from "~/domain/rcp/names";
import type { TPeer } from "~/server/rcp/overlap";

type TProps = {
  /** The result of `rcp.listPeers`: other RCPs, closest first. */
  peers: TPeer[];
  limit?: number;
};

/** The RCPs closest to one process: most shared member states, then most shared themes. */
export function PeerList({ peers, limit = 5 }: TProps) {
  const t = useTranslations("Overlap.peers");
  const locale = useLocale();
  const headingId = useId();
  // A process sharing neither members nor themes is not a peer, whatever its rank.
  const shown = peers.filter((peer) => peer.sharedMembers > 0 || peer.sharedThemes > 0).slice(0, limit);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      {shown.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ol className="divide-y divide-line rounded-card border border-line bg-surface">
          {shown.map((peer) => (
            <li
              key={peer.slug}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3"
            >
              <PlainLink href={`/rcps/${peer.slug}`} className="font-semibold underline">
                {rcpShortName(peer, locale)}
              </PlainLink>
              <span className="text-sm text-muted">
                {t("counts", { members: peer.sharedMembers, themes: peer.sharedThemes })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
