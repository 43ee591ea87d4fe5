/**
 * The full name to show under an RCP's short name, or null when it would only repeat it (the
 * Budapest Process is called that in full too). Case and spacing differences are not a new name.
 */
export function distinctFullName(rcp: { name: string; shortName: string }): string | null {
  const simplify = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase();
  return simplify(rcp.name) === simplify(rcp.shortName) ? null : rcp.name;
}
