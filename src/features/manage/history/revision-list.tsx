import { useFormatter, useTranslations } from "next-intl";
import type { TRevisionPage } from "~/server/rcp/revisions";
import { ChangeView, useFieldLabel } from "../change-view";
import type { TNameLookup } from "../profile-labels";
import { RestoreButton } from "./restore-button";

type TProps = { rcpId: string; page: TRevisionPage; canRestore: boolean; lookup: TNameLookup };

/** Saved versions, newest first: who saved each, when, and what it changed field by field. */
export function RevisionList({ rcpId, page, canRestore, lookup }: TProps) {
  const t = useTranslations("History");
  const format = useFormatter();
  const fieldLabel = useFieldLabel();
  return (
    <ol className="space-y-6">
      {page.items.map((item, index) => {
        // The version this one changed, when it is on this page.
        const previousVersion = page.items[index + 1]?.version;
        const headingId = `version-${item.version}`;
        const date = format.dateTime(item.createdAt, {
          year: "numeric",
          month: "long",
          day: "numeric",
          hour: "2-digit",
          minute: "2-digit",
          timeZone: "UTC",
          timeZoneName: "short",
        });
        return (
          <li key={item.version}>
            <article
              aria-labelledby={headingId}
              className="space-y-3 rounded-card border border-line bg-surface p-4 sm:p-6"
            >
              <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-xl font-semibold">
                {t("version", { version: item.version })}
                {item.version === page.currentVersion && (
                  <span className="rounded-full bg-brand-soft px-2 py-0.5 text-xs font-medium text-brand-strong">
                    {t("current")}
                  </span>
                )}
              </h2>
              {item.isStartingPoint ? (
                <p className="text-sm">{t("startingPoint")}</p>
              ) : (
                <p className="text-sm text-muted">
                  <time dateTime={item.createdAt.toISOString()}>
                    {item.authorName ? t("savedBy", { name: item.authorName, date }) : t("savedOn", { date })}
                  </time>
                </p>
              )}
              {item.restoredFromVersion !== null && (
                <p className="text-sm font-medium">
                  {t("restoredFrom", { version: item.restoredFromVersion })}
                </p>
              )}
              {item.changes.length > 0 && (
                <div className="space-y-2">
                  <p className="text-sm font-medium">{t("changes", { count: item.changes.length })}</p>
                  <dl className="divide-y divide-line rounded border border-line">
                    {item.changes.map((change) => (
                      <div key={change.field} className="grid gap-2 p-3 md:grid-cols-[12rem_1fr]">
                        <dt className="text-sm font-semibold">{fieldLabel(change.field)}</dt>
                        <dd>
                          <ChangeView {...change} lookup={lookup} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </div>
              )}
              {canRestore && item.version !== page.currentVersion && (
                <RestoreButton
                  rcpId={rcpId}
                  currentVersion={page.currentVersion}
                  revisionVersion={item.version}
                  describedBy={headingId}
                />
              )}
              {canRestore && item.version === page.currentVersion && previousVersion !== undefined && (
                <RestoreButton
                  rcpId={rcpId}
                  currentVersion={page.currentVersion}
                  revisionVersion={previousVersion}
                  describedBy={headingId}
                  isUndo
                />
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
