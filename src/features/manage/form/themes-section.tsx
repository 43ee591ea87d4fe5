"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormContext } from "react-hook-form";
import type { TProfileLabels } from "../profile-labels";
import { ListError, type TValues } from "./controls";
import { EditSection } from "./edit-section";

type TOptions = TProfileLabels["themeOptions"];

export function ThemesSection({ options }: { options: TOptions }) {
  const tField = useTranslations("ProfileFields");
  return (
    <EditSection name="themes">
      <div className="grid gap-6 md:grid-cols-2">
        <ThemeChoices name="mainAreaThemes" legend={tField("mainAreaThemes")} options={options} />
        <ThemeChoices name="priorityThemes" legend={tField("priorityThemes")} options={options} />
      </div>
    </EditSection>
  );
}

function ThemeChoices({
  name,
  legend,
  options,
}: {
  name: "mainAreaThemes" | "priorityThemes";
  legend: string;
  options: TOptions;
}) {
  const { register, getValues } = useFormContext<TValues>();
  const chosen = getValues(name);
  const id = useId();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{legend}</legend>
      <ul className="space-y-1">
        {options.map((option) => (
          <li key={option.slug} className="flex items-center gap-2">
            <input
              id={`${id}-${option.slug}`}
              type="checkbox"
              value={option.slug}
              defaultChecked={chosen.includes(option.slug)}
              {...register(name)}
              className="h-4 w-4 accent-brand"
            />
            <label htmlFor={`${id}-${option.slug}`} className="text-sm">
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      <ListError name={name} />
    </fieldset>
  );
}
