"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { ChangeView, useFieldLabel } from "../change-view";
import { theirChanges, type TConflictDetails } from "~/domain/rcp/conflict";
import { canonicalProfile } from "~/domain/rcp/profile-canonical";
import { diffProfiles, PROFILE_FIELDS, type TProfileChange } from "~/domain/rcp/profile-diff";
import type { TNameLookup } from "../profile-labels";
import type { TEditableProfile } from "~/domain/rcp/profile-schema";
import { Button } from "~/components/ui/button";
import { type TValues } from "./controls";

type TProps = {
  details: TConflictDetails;
  /** The version the editor started from. */
  base: TEditableProfile;
  lookup: TNameLookup;
  onReapply: () => void;
  onDiscard: () => void;
};

/**
 * Shown when a save was refused because someone saved first: their changes since the editor's
 * version next to the editor's own (read live from the form, which keeps everything typed).
 */
export function ConflictPanel({ details, base, lookup, onReapply, onDiscard }: TProps) {
  const t = useTranslations("EditConflict");
  const fieldLabel = useFieldLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  const { control } = useFormContext<TValues>();
  const values = useWatch({ control });
  const version = details.current.version;

  useEffect(() => {
    heading.current?.focus();
  }, [details]);

  const theirs = byField(theirChanges(details, base));
  const mine = byField(diffProfiles(base, canonicalProfile(values as TValues)));
  const fields = PROFILE_FIELDS.filter((field) => theirs.has(field) || mine.has(field));

  return (
    <section
      aria-labelledby="conflict-heading"
      className="space-y-4 rounded-card border-2 border-danger bg-surface p-4 sm:p-6"
    >
      <h2
        id="conflict-heading"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-none"
      >
        {t("title")}
      </h2>
      <p>{t("intro", { version })}</p>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3 md:w-48">
              {t("field")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("theirs", { version })}
            </th>
            <th scope="col" className="py-2">
              {t("yours")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const their = theirs.get(field);
            const own = mine.get(field);
            return (
              <tr key={field} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {fieldLabel(field)}
                  {their && own && <span className="block text-xs font-normal text-danger">{t("both")}</span>}
                </th>
                <td className="py-2 pr-3">
                  {their ? <ChangeView {...their} lookup={lookup} /> : <NoChange />}
                </td>
                <td className="py-2">{own ? <ChangeView {...own} lookup={lookup} /> : <NoChange />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="space-y-2">
        <div className="flex flex-wrap gap-3">
          <Button onClick={onReapply} aria-describedby="reapply-hint">
            {t("reapply", { version })}
          </Button>
          <Button variant="secondary" size="sm" onClick={onDiscard}>
            {t("discard", { version })}
          </Button>
        </div>
        <p id="reapply-hint" className="text-sm text-muted">
          {t("reapplyHint", { version })}
        </p>
      </div>
    </section>
  );
}

function NoChange() {
  const t = useTranslations("EditConflict");
  return <span className="text-sm text-muted italic">{t("noChange")}</span>;
}

const byField = (changes: TProfileChange[]) => new Map(changes.map((change) => [change.field, change]));
