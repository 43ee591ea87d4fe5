/** Names the browser cannot look up itself, prepared by the page in the reader's language. */
export type TProfileLabels = {
  participantOptions: { code: string; name: string }[];
  organisationCodes: string[];
  themeOptions: { slug: string; label: string }[];
};

export type TNameLookup = { participant: (code: string) => string | null; theme: (slug: string) => string };

export function nameLookup(labels: TProfileLabels): TNameLookup {
  const participants = new Map(labels.participantOptions.map((option) => [option.code, option.name]));
  const themes = new Map(labels.themeOptions.map((option) => [option.slug, option.label]));
  return {
    participant: (code) => participants.get(code) ?? null,
    theme: (slug) => themes.get(slug) ?? slug,
  };
}
