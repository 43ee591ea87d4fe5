/** Lower case without accents, so "cote" finds "Côte d'Ivoire" and "turkiye" finds "Türkiye". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

/** Whether a row's folded search text contains every word of the query. */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => searchText.includes(word));
}
