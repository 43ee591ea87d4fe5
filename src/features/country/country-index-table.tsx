"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Button } from "~/components/ui/button";
import { RowHeader, Table, Td } from "~/components/ui/table";
import { Link } from "~/i18n/link";
import type { TRcpRef } from "~/server/country/data";
import type { TIndexRow } from "./index-rows";
import { matchesQuery } from "~/lib/search-text";
import { TerritoryBadge } from "./territory-badge";

type TSort = "name" | "count";

function None() {
  const t = useTranslations("Country");
  return <span className="text-muted">{t("none")}</span>;
}

/** "APC, Bali Process and IGC", each name a link to its profile. */
function RcpLinks({ rcps }: { rcps: TRcpRef[] }) {
  const format = useFormatter();
  return (
    <>
      {format.list(
        rcps.map((rcp) => (
          <Link key={rcp.slug} href={`/rcps/${rcp.slug}`}>
            {rcp.shortName}
          </Link>
        )),
      )}
    </>
  );
}

/** The country index: filter as you type, sort by name or by the number of RCPs. */
export function CountryIndexTable({ rows }: { rows: TIndexRow[] }) {
  const t = useTranslations("Country");
  const tRcp = useTranslations("Rcp");
  const format = useFormatter();
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<TSort>("name");
  const filterId = useId();

  const shown = useMemo(() => {
    const matching = rows.filter((row) => matchesQuery(row.searchText, query));
    // Rows arrive in name order; a stable sort keeps it among equal counts.
    return sort === "count" ? [...matching].sort((a, b) => b.memberOf.length - a.memberOf.length) : matching;
  }, [rows, query, sort]);

  const sortButton = (key: TSort, label: string, hint: string) => (
    <button
      type="button"
      onClick={() => setSort(key)}
      aria-label={`${label} (${hint})`}
      className="inline-flex items-center gap-1 font-semibold whitespace-nowrap text-ink hover:text-brand"
    >
      {label}
      <span aria-hidden="true" className={sort === key ? "text-brand" : "text-muted"}>
        {sort === key ? (key === "name" ? "▲" : "▼") : "↕"}
      </span>
    </button>
  );

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={filterId} className="block font-medium">
          {t("filterLabel")}
        </label>
        <input
          id={filterId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={`${filterId}-hint`}
          autoComplete="off"
          className="w-full max-w-md rounded border border-muted bg-surface px-3 py-2"
        />
        <p id={`${filterId}-hint`} className="text-sm text-muted">
          {t("filterHint")}
        </p>
      </div>
      <p role="status" className="text-sm text-muted">
        {query.trim()
          ? t("filtered", { shown: shown.length, total: rows.length })
          : t("total", { total: rows.length })}
      </p>
      {shown.length === 0 ? (
        <div className="space-y-3 rounded-card border border-line bg-surface p-4">
          <p>{t("noMatch", { query: query.trim() })}</p>
          <Button onClick={() => setQuery("")}>{t("clearFilter")}</Button>
        </div>
      ) : (
        <Table
          caption={t("tableCaption")}
          scrollHint={t("scrollHint")}
          columns={[
            {
              label: sortButton("name", t("column.country"), t("sortByName")),
              sort: sort === "name" ? "ascending" : undefined,
            },
            {
              label: sortButton("count", t("column.memberCount"), t("sortByCount")),
              sort: sort === "count" ? "descending" : undefined,
            },
            t("column.memberOf"),
            t("column.otherRoles"),
          ]}
        >
          {shown.map((row) => (
            <tr key={row.code}>
              <RowHeader>
                <Link href={`/countries/${row.code}`} className="font-medium">
                  {row.name}
                </Link>
                {row.isTerritory && <TerritoryBadge className="ml-1" />}
                {row.formerNames.length > 0 && (
                  <span className="block text-xs text-muted">
                    {t("formerly", { names: format.list(row.formerNames) })}
                  </span>
                )}
              </RowHeader>
              <Td className="whitespace-nowrap">{t("rcpCount", { count: row.memberOf.length })}</Td>
              <Td className="min-w-40">
                {row.memberOf.length > 0 ? <RcpLinks rcps={row.memberOf} /> : <None />}
              </Td>
              <Td className="min-w-48">
                {row.otherRoles.length === 0 ? (
                  <None />
                ) : (
                  row.otherRoles.map((other) => (
                    <p key={other.role}>
                      {t.rich("roleIn", {
                        role: tRcp(`role.${other.role}`),
                        rcps: () => <RcpLinks rcps={other.rcps} />,
                      })}
                    </p>
                  ))
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
