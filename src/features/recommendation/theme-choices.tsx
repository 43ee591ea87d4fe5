"use client";

import type { TThemeChoice } from "./item-fields";

type TProps = {
  legend: string;
  themes: TThemeChoice[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  error?: string;
};

/** The platform's themes as checkboxes, for a recommendation typed by hand or a pasted list. */
export function ThemeChoices({ legend, themes, chosen, onChange, error }: TProps) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {error && <p className="text-sm font-medium text-danger">{error}</p>}
      <div className="grid gap-1 sm:grid-cols-2">
        {themes.map((theme) => (
          <label key={theme.slug} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={chosen.includes(theme.slug)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, theme.slug]
                    : chosen.filter((slug) => slug !== theme.slug),
                )
              }
            />
            {theme.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
