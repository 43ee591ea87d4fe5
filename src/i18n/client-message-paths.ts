// The messages each group of client components reads, in one place. Client components get only
// these (see client-messages.tsx); a path that does not exist fails the unit tests.
export const CLIENT_MESSAGES = {
  // The header, not-found and error pages get theirs as props from the server (no client runtime).
  overlap: ["Overlap"],
  countryIndex: ["Country", "Rcp.role"],
  // Pages rendered per request: every page pays for its messages on every request, so each form
  // gets its own. (Administration and staff pages, with many forms, get every message.)
  signIn: ["Auth"],
  passwordReset: ["PasswordReset", "Password", "FieldErrors", "AccountErrors", "Errors"],
  invitation: ["Invitation", "Password", "FieldErrors", "AccountErrors", "Errors"],
  history: ["History", "Errors"],
  editProfile: [
    "EditProfile",
    "EditConflict",
    "ProfileFields",
    "ProfileFormErrors",
    "ProfileChange",
    "Rcp",
    "Errors",
    "FormShell",
  ],
  // The calendar page's personal feed.
  calendar: ["CalendarPersonal"],
  // Peer updates by email: the preferences form.
  emailPreferences: ["EmailPreferences"],
  // Documents of an activity (management page).
  activityDocuments: ["DocumentsManage", "DocumentsErrors", "DocumentsKinds", "DocumentsList", "Errors"],
  // Recommendations and follow-up: the editors' paste and status forms.
  recommendationForms: [
    "RecommendationForm",
    "RecommendationErrors",
    "RecommendationStatus",
    "Errors",
    "FormShell",
  ],
  // Activities: management and co-hosting.
  activityInvitations: ["CoHostsInvitations", "Errors"],
  activityForm: [
    "ActivityForm",
    "ActivityFormErrors",
    "Rcp.activityKind",
    "Errors",
    "FormShell",
    "DuplicateEffort",
  ],
  coHosts: ["CoHosts", "CoHostsErrors", "Errors"],
  // Registration.
  registrationSettings: ["RegistrationSettings", "RegistrationErrors", "Errors", "FormShell"],
  registrationSelf: [
    "RegistrationSelf",
    "RegistrationStatus",
    "RegistrationAnswers",
    "RegistrationErrors",
    "Errors",
  ],
  registrationLink: [
    "RegistrationLink",
    "RegistrationStatus",
    "RegistrationAnswers",
    "RegistrationErrors",
    "Errors",
    "FormShell",
  ],
  registrationOnBehalf: [
    "RegistrationOnBehalf",
    "RegistrationAnswers",
    "RegistrationErrors",
    "Errors",
    "FormShell",
  ],
  registrationParticipants: [
    "RegistrationParticipants",
    "RegistrationStatus",
    "RegistrationErrors",
    "Errors",
  ],
  // Focal points: the editors' management page.
  focalPoints: ["FocalPoints", "FocalPointForm", "FocalPointErrors"],
} as const;

export type TClientMessagePath = (typeof CLIENT_MESSAGES)[keyof typeof CLIENT_MESSAGES][number];
