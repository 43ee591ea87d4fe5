import { useTranslations } from "next-intl";
import { NO_RCP_FILL, type TCoverageClass } from "./coverage-scale";

function Swatch({ fill }: { fill: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-4 rounded-sm border border-muted"
      style={{ background: fill }}
    />
  );
}

/** What each shade means; the labels sit beside the swatches, never on them. */
export function CoverageLegend({ classes }: { classes: TCoverageClass[] }) {
  const t = useTranslations("CoverageMap");
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <span id="coverage-legend-title" className="font-semibold">
        {t("legendTitle")}
      </span>
      <ul aria-labelledby="coverage-legend-title" className="flex flex-wrap gap-x-4 gap-y-2">
        {classes.map((item) => (
          <li key={item.from} className="flex items-center gap-1.5">
            <Swatch fill={item.fill} />
            {item.isOpenEnded
              ? t("legendAtLeast", { count: item.from })
              : t("legendCount", { count: item.from })}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <Swatch fill={NO_RCP_FILL} />
          {t("legendNone")}
        </li>
      </ul>
    </div>
  );
}
