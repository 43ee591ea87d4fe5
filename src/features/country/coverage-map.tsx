import { useFormatter, useLocale, useTranslations } from "next-intl";
import { getPathname } from "~/i18n/navigation";
import { countryName } from "~/domain/country/names";
import { coverageFill, NO_RCP_FILL, type TCoverageClass } from "./coverage-scale";
import type { TMapCountry } from "./map-countries";
import { MapHoverPanel } from "./map-hover-panel";
import { worldShapes } from "./world-shapes";

// Set once on the map rather than on each of its ~180 shapes: the page carries them twice.
const SHAPES =
  "[&_path]:[vector-effect:non-scaling-stroke] [&_a:hover_path]:stroke-ink " +
  "[&_a:focus-visible_path]:stroke-ink [&_a:focus-visible_path]:[stroke-width:2.5]";

/**
 * The world drawn on the server, each country shaded by its number of RCPs. Members are links to
 * their country page, named with their RCPs, so they can be reached and read with a keyboard.
 */
export function CoverageMap({ countries, classes }: { countries: TMapCountry[]; classes: TCoverageClass[] }) {
  const t = useTranslations("CoverageMap");
  const locale = useLocale();
  const format = useFormatter();
  const world = worldShapes();
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const collator = new Intl.Collator(locale);

  const gaps = world.shapes.filter((shape) => !shape.code || !byCode.has(shape.code));
  // Links follow the table's alphabetical order when tabbing, not the atlas's.
  const members = world.shapes
    .flatMap((shape) => {
      const country = shape.code ? byCode.get(shape.code) : undefined;
      return country ? [{ ...shape, country }] : [];
    })
    .sort((a, b) => collator.compare(a.country.name, b.country.name));

  return (
    <MapHoverPanel>
      <svg
        viewBox={`0 0 ${world.width} ${world.height}`}
        role="group"
        aria-label={t("mapLabel")}
        className={`h-auto w-full ${SHAPES}`}
      >
        <path d={world.sphere} fill="#f4f8fb" className="stroke-line" />
        <g stroke="#ffffff" strokeWidth={0.6}>
          {gaps.map((shape, index) => (
            <path
              key={shape.code ?? `unnamed-${index}`}
              d={shape.d}
              fill={NO_RCP_FILL}
              data-name={shape.code ? countryName(shape.code, locale) : undefined}
              data-summary={shape.code ? t("panelNone") : undefined}
            />
          ))}
          {members.map(({ code, d, country }) => {
            const count = country.memberOf.length;
            const rcps = format.list(country.memberOf);
            return (
              <a
                key={code}
                href={getPathname({ href: `/countries/${code}`, locale })}
                aria-label={t("countryName", { name: country.name, count, rcps })}
                data-name={country.name}
                data-summary={t("rcpCount", { count })}
                data-rcps={JSON.stringify(country.memberOf)}
              >
                <path d={d} fill={coverageFill(count, classes)} />
              </a>
            );
          })}
        </g>
      </svg>
    </MapHoverPanel>
  );
}
