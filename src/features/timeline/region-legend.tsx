import { useTranslations } from "next-intl";
import type { TRegion } from "~/domain/rcp/regions";
import { REGION_COLOURS, REGION_ORDER } from "./region-colours";

/** The colour of each region that appears on the timeline. */
export function RegionLegend({ regions }: { regions: ReadonlySet<TRegion> }) {
  const t = useTranslations("Timeline.foundings");
  const tRcp = useTranslations("Rcp.region");
  return (
    <ul aria-label={t("legend")} className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {REGION_ORDER.filter((region) => regions.has(region)).map((region) => (
        <li key={region} className="flex items-center gap-2">
          <RegionDot region={region} />
          {tRcp(region)}
        </li>
      ))}
    </ul>
  );
}

export function RegionDot({ region }: { region: TRegion }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3 w-3 shrink-0 rounded-full"
      style={{ background: REGION_COLOURS[region] }}
    />
  );
}
