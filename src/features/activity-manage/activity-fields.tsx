"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { controlProps, Field, inputClass } from "~/components/ui/form-field";
import type { TActivityFields } from "~/domain/activity/schema";
import { ACTIVITY_KINDS, ACTIVITY_LIMITS, VISIBILITIES } from "~/domain/activity/vocabulary";
import { WORKING_LANGUAGES } from "~/domain/activity/working-languages";
import { locales } from "~/i18n/routing";
import type { TActivityFormOptions } from "./form-options";

/** The error of a field, already in the reader's language (the resolver translated it). */
function useFieldError() {
  const { formState } = useFormContext<TActivityFields>();
  return (path: string): string | undefined => {
    let node: unknown = formState.errors;
    for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    const message = (node as { message?: unknown } | undefined)?.message;
    return typeof message === "string" ? message : undefined;
  };
}

/** What the activity is: kind, title and description per language. */
export function WhatFields() {
  const t = useTranslations("ActivityForm");
  const tKind = useTranslations("Rcp.activityKind");
  const locale = useLocale();
  // "français" in a French sentence, "French" in an English one.
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: "language" }), [locale]);
  const languageName = (code: string) => names.of(code) ?? code;
  const { register } = useFormContext<TActivityFields>();
  const error = useFieldError();
  const title = useWatch<TActivityFields, "title">({ name: "title" });
  const written = locales.filter((locale) => title?.[locale]?.trim());
  const missing = written.length > 0 ? locales.filter((locale) => !written.includes(locale)) : [];
  return (
    <fieldset className="space-y-4">
      <legend className="text-xl font-semibold">{t("what")}</legend>
      <Field id="activity-kind" label={t("kind")} error={error("kind")}>
        <select
          className={inputClass}
          {...controlProps("activity-kind", { error: error("kind") })}
          {...register("kind")}
        >
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tKind(kind)}
            </option>
          ))}
        </select>
      </Field>
      <p className="text-sm text-muted" id="activity-title-help">
        {t("titleHelp")}
      </p>
      {missing.length > 0 && (
        <p className="rounded-card bg-brand-soft px-3 py-2 text-sm">
          {t("missingTranslations", {
            languages: missing.map(languageName).join(", "),
          })}
        </p>
      )}
      {locales.map((locale) => {
        const id = `activity-title-${locale}`;
        const message = error(`title.${locale}`) ?? (locale === "en" ? error("title") : undefined);
        return (
          <Field key={id} id={id} label={t("titleIn", { language: languageName(locale) })} error={message}>
            <input
              lang={locale}
              className={inputClass}
              maxLength={ACTIVITY_LIMITS.title}
              {...controlProps(id, { error: message })}
              {...register(`title.${locale}`)}
            />
          </Field>
        );
      })}
      {locales.map((locale) => {
        const id = `activity-summary-${locale}`;
        const message = error(`summary.${locale}`);
        return (
          <Field
            key={id}
            id={id}
            label={t("summaryIn", { language: languageName(locale) })}
            hint={t("optional")}
            help={locale === "en" ? t("summaryHelp") : undefined}
            error={message}
          >
            <textarea
              lang={locale}
              rows={5}
              className={inputClass}
              {...controlProps(id, { error: message, help: locale === "en" ? t("summaryHelp") : undefined })}
              {...register(`summary.${locale}`)}
            />
          </Field>
        );
      })}
    </fieldset>
  );
}

/** When: dates (partial ones from the documents allowed), times and the event's time zone. */
export function WhenFields({ timeZones }: { timeZones: readonly string[] }) {
  const t = useTranslations("ActivityForm");
  const { register } = useFormContext<TActivityFields>();
  const error = useFieldError();
  const text = (name: "startDate" | "startTime" | "endDate" | "endTime", type: string, hint?: string) => {
    const id = `activity-${name}`;
    return (
      <Field
        id={id}
        label={t(name)}
        hint={hint}
        help={name.endsWith("Date") ? t("dateHelp") : undefined}
        error={error(name)}
      >
        <input
          type={type}
          className={inputClass}
          {...controlProps(id, {
            error: error(name),
            help: name.endsWith("Date") ? t("dateHelp") : undefined,
          })}
          {...register(name)}
        />
      </Field>
    );
  };
  return (
    <fieldset className="space-y-4">
      <legend className="text-xl font-semibold">{t("when")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("startDate", "text")}
        {text("startTime", "time", t("optional"))}
        {text("endDate", "text", t("optional"))}
        {text("endTime", "time", t("optional"))}
      </div>
      <Field id="activity-timeZone" label={t("timeZone")} help={t("timeZoneHelp")} error={error("timeZone")}>
        <input
          className={inputClass}
          list="activity-time-zones"
          autoComplete="off"
          {...controlProps("activity-timeZone", { error: error("timeZone"), help: t("timeZoneHelp") })}
          {...register("timeZone")}
        />
      </Field>
      <datalist id="activity-time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </fieldset>
  );
}

/** Where: a place, a country, online; and the rest the activity is described by. */
export function WhereFields({ options }: { options: TActivityFormOptions }) {
  const t = useTranslations("ActivityForm");
  const locale = useLocale();
  const { register } = useFormContext<TActivityFields>();
  const error = useFieldError();
  const languageNames = useMemo(() => new Intl.DisplayNames([locale], { type: "language" }), [locale]);
  return (
    <fieldset className="space-y-4">
      <legend className="text-xl font-semibold">{t("where")}</legend>
      <Field id="activity-location" label={t("location")} help={t("placeHelp")} error={error("location")}>
        <input
          className={inputClass}
          {...controlProps("activity-location", { error: error("location"), help: t("placeHelp") })}
          {...register("location")}
        />
      </Field>
      <Field id="activity-countryCode" label={t("country")} error={error("countryCode")}>
        <select
          className={inputClass}
          {...controlProps("activity-countryCode", { error: error("countryCode") })}
          {...register("countryCode")}
        >
          <option value="">{t("noCountry")}</option>
          {options.countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" {...register("isOnline")} />
        {t("isOnline")}
      </label>
      <CheckboxGroup
        legend={t("themes")}
        name="themes"
        error={error("themes")}
        options={options.themes.map((theme) => ({ value: theme.slug, label: theme.label }))}
      />
      <CheckboxGroup
        legend={t("workingLanguages")}
        name="workingLanguages"
        error={error("workingLanguages")}
        options={WORKING_LANGUAGES.map((code) => ({ value: code, label: languageNames.of(code) ?? code }))}
      />
      <Field id="activity-contact" label={t("contact")} hint={t("optional")} error={error("contact")}>
        <input
          className={inputClass}
          {...controlProps("activity-contact", { error: error("contact") })}
          {...register("contact")}
        />
      </Field>
    </fieldset>
  );
}

function CheckboxGroup(props: {
  legend: string;
  name: "themes" | "workingLanguages";
  error?: string;
  options: { value: string; label: string }[];
}) {
  const { register } = useFormContext<TActivityFields>();
  const errorId = `activity-${props.name}-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={props.error ? errorId : undefined}>
      <legend className="text-sm font-medium">{props.legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {props.options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={option.value} {...register(props.name)} />
            {option.label}
          </label>
        ))}
      </div>
      {props.error && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

/** Who sees it: each tier said plainly. */
export function VisibilityField() {
  const t = useTranslations("ActivityForm");
  const { register } = useFormContext<TActivityFields>();
  return (
    <fieldset className="space-y-2">
      <legend className="text-xl font-semibold">{t("visibility")}</legend>
      {VISIBILITIES.map((visibility) => (
        <label key={visibility} className="flex items-start gap-2">
          <input type="radio" value={visibility} className="mt-1" {...register("visibility")} />
          <span>
            <span className="font-medium">{t(`tier.${visibility}`)}</span>
            <span className="block text-sm text-muted">{t(`tierHelp.${visibility}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
