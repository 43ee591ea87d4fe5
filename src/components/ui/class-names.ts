/** Joins the class names that apply; falsy ones (a condition that did not hold) are left out. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
