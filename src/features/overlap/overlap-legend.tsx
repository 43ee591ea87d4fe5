import { useFormatter, useTranslations } from "next-intl";
import { DIAGONAL_SWATCH, SWATCHES, THRESHOLDS, type TOverlapMode } from "./overlap-scale";

/** The colour key of the current mode: one swatch per step of the scale, plus the diagonal. */
export function OverlapLegend({ mode }: { mode: TOverlapMode }) {
  const t = useTranslations("Overlap.legend");
  const format = useFormatter();
  const show = (value: number) =>
    mode === "jaccard"
      ? format.number(value, { style: "percent", maximumFractionDigits: 0 })
      : format.number(value);
  const thresholds = THRESHOLDS[mode];
  const labels = SWATCHES.map((_, step) => {
    if (step === 0) return t("exactly", { value: show(0) });
    const from = thresholds[step - 1] ?? 0;
    const next = thresholds[step];
    if (next === undefined) return t("atLeast", { from: show(from) });
    // Counts are whole numbers, so a step ends one below the next; shares end at the next bound.
    if (mode === "shared") return t("range", { from: show(from), to: show(next - 1) });
    return step === 1 ? t("below", { to: show(next) }) : t("range", { from: show(from), to: show(next) });
  });
  return (
    <ul aria-label={t("label")} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {labels.map((label, step) => (
        <li key={step} className="flex items-center gap-1.5">
          <Swatch fill={SWATCHES[step]?.fill ?? "#ffffff"} />
          {label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <Swatch fill={DIAGONAL_SWATCH.fill} />
        {t("diagonal")}
      </li>
    </ul>
  );
}

function Swatch({ fill }: { fill: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-6 rounded-sm border border-muted"
      style={{ background: fill }}
    />
  );
}
