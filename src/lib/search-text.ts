/**
 * Lower case without accents and with one kind of apostrophe, so "cote d’ivoire" finds "Côte
 * d'Ivoire" and "turkiye" finds "Türkiye".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}

/** Whether a row's folded search text contains every word of the query. */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => searchText.includes(word));
}
