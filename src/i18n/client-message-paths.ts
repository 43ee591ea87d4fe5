// The messages each group of client components reads, in one place. Client components get only
// these (see client-messages.tsx); a path that does not exist fails the unit tests.
export const CLIENT_MESSAGES = {
  /** Header, not-found and error pages, on every page. */
  shell: [
    "LocaleSwitcher",
    "Auth.signIn",
    "Auth.signOut",
    "Auth.signedInAs",
    "Auth.accountMenu",
    "Auth.yourWork",
    "NotFound",
    "Error",
  ],
  directory: ["Directory", "Rcp.established", "Rcp.members", "Rcp.observers", "Rcp.themes"],
  compare: ["Compare"],
  overlap: ["Overlap"],
  countryIndex: ["Country", "Rcp.role"],
} as const;

export type TClientMessagePath = (typeof CLIENT_MESSAGES)[keyof typeof CLIENT_MESSAGES][number];
