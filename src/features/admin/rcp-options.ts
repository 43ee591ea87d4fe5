type TRcp = { id: string; shortName: string; archivedAt: Date | null };

/** RCPs as choices of a select, in the reader's alphabetical order, archived ones marked. */
export function rcpOptions(rcps: TRcp[], locale: string, archivedLabel: (name: string) => string) {
  const collator = new Intl.Collator(locale);
  return [...rcps]
    .sort((a, b) => collator.compare(a.shortName, b.shortName))
    .map((rcp) => ({ id: rcp.id, label: rcp.archivedAt ? archivedLabel(rcp.shortName) : rcp.shortName }));
}
