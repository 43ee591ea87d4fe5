import { useTranslations } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import type { TLocalized } from "~/domain/rcp/names";
import type { TFounding } from "~/server/rcp/timeline";
import { groupByYear, yearRange } from "./group-by-year";
import { REGION_COLOURS } from "./region-colours";
import { RegionDot } from "./region-legend";

/**
 * A vertical axis with one row per year, so the gaps between foundings show; years without a
 * founding are drawn for the eye only and hidden from assistive technology.
 */
export function FoundingTimeline({ rcps }: { rcps: TLocalized<TFounding>[] }) {
  const tRegion = useTranslations("Rcp.region");
  const byYear = new Map(groupByYear(rcps, (rcp) => rcp.yearEstablished));
  const years = yearRange([...byYear.keys()]);
  return (
    <ol className="grid grid-cols-[3.5rem_1.5rem_minmax(0,1fr)]">
      {years.map((year) => {
        const founded = byYear.get(year);
        if (!founded) {
          return (
            <li key={year} aria-hidden="true" className="col-span-3 grid h-5 grid-cols-subgrid">
              <span className="self-center text-right text-xs text-muted tabular-nums">
                {year % 5 === 0 ? year : ""}
              </span>
              <Axis tick />
            </li>
          );
        }
        return (
          <li key={year} className="col-span-3 grid grid-cols-subgrid">
            <span className="pt-3 text-right font-semibold tabular-nums">{year}</span>
            <Axis dot />
            <ul className="flex flex-wrap gap-2 py-1.5">
              {founded.map((rcp) => (
                <li key={rcp.slug}>
                  <PlainLink
                    href={`/rcps/${rcp.slug}`}
                    className="flex items-center gap-2 rounded-card border border-l-4 border-line bg-surface py-1.5 pr-3 pl-2.5 no-underline hover:bg-brand-soft"
                    style={{ borderLeftColor: REGION_COLOURS[rcp.region] }}
                  >
                    <RegionDot region={rcp.region} />
                    <span>
                      <span lang={rcp.shortNameLang} className="block font-semibold text-ink">
                        {rcp.shortName}
                      </span>{" "}
                      <span className="block text-xs text-muted">{tRegion(rcp.region)}</span>
                    </span>
                  </PlainLink>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function Axis({ dot = false, tick = false }: { dot?: boolean; tick?: boolean }) {
  return (
    <span aria-hidden="true" className="relative flex justify-center">
      <span className="absolute inset-y-0 w-0.5 bg-muted" />
      {dot && <span className="relative mt-4 h-3.5 w-3.5 rounded-full border-2 border-surface bg-ink" />}
      {tick && <span className="relative h-0.5 w-2.5 self-center bg-muted" />}
    </span>
  );
}
