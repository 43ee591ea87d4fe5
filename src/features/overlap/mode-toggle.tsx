import { useTranslations } from "next-intl";
import type { TOverlapMode } from "./overlap-scale";

const MODES: readonly TOverlapMode[] = ["shared", "jaccard"];

export function ModeToggle({
  mode,
  onChange,
}: {
  mode: TOverlapMode;
  onChange: (mode: TOverlapMode) => void;
}) {
  const t = useTranslations("Overlap.mode");
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <legend className="float-left mr-2 font-semibold">{t("legend")}</legend>
      {MODES.map((value) => (
        <label
          key={value}
          className="flex cursor-pointer items-center gap-2 rounded border border-line bg-surface px-3 py-1.5 has-checked:border-brand has-checked:bg-brand-soft"
        >
          <input
            type="radio"
            name="overlap-mode"
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
            className="accent-brand"
          />
          {t(value)}
        </label>
      ))}
    </fieldset>
  );
}
