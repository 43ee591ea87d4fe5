/** What the form offers, named in the reader's language by the page. */
export type TActivityFormOptions = {
  themes: { slug: string; label: string }[];
  countries: { code: string; name: string }[];
};
