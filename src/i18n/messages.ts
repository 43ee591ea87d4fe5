// Messages are split per domain (one file per namespace group and language) so features can be
// translated independently; each locale's files are merged here.
import enActivities from "./messages/en/activities.json";
import enActivityManage from "./messages/en/activity-manage.json";
import enAdmin from "./messages/en/admin.json";
import enApiDocs from "./messages/en/api-docs.json";
import enAuth from "./messages/en/auth.json";
import enCalendar from "./messages/en/calendar.json";
import enCountry from "./messages/en/country.json";
import enDocuments from "./messages/en/documents.json";
import enRecommendations from "./messages/en/recommendations.json";
import enEmailNotifications from "./messages/en/email-notifications.json";
import enDuplicateEffort from "./messages/en/duplicate-effort.json";
import enFeed from "./messages/en/feed.json";
import enManage from "./messages/en/manage.json";
import enOverlap from "./messages/en/overlap.json";
import enRcp from "./messages/en/rcp.json";
import enRegistrationErrors from "./messages/en/registration-errors.json";
import enRegistrationMail from "./messages/en/registration-mail.json";
import enRegistration from "./messages/en/registration.json";
import enSearch from "./messages/en/search.json";
import enShell from "./messages/en/shell.json";
import enTimeline from "./messages/en/timeline.json";
import enNotifications from "./messages/en/notifications.json";
// Focal points.
import enFocalPoints from "./messages/en/focal-points.json";
import esActivities from "./messages/es/activities.json";
import esActivityManage from "./messages/es/activity-manage.json";
import esAdmin from "./messages/es/admin.json";
import esApiDocs from "./messages/es/api-docs.json";
import esAuth from "./messages/es/auth.json";
import esCalendar from "./messages/es/calendar.json";
import esCountry from "./messages/es/country.json";
import esDocuments from "./messages/es/documents.json";
import esRecommendations from "./messages/es/recommendations.json";
import esEmailNotifications from "./messages/es/email-notifications.json";
import esDuplicateEffort from "./messages/es/duplicate-effort.json";
import esFeed from "./messages/es/feed.json";
import esManage from "./messages/es/manage.json";
import esOverlap from "./messages/es/overlap.json";
import esRcp from "./messages/es/rcp.json";
import esRegistrationErrors from "./messages/es/registration-errors.json";
import esRegistrationMail from "./messages/es/registration-mail.json";
import esRegistration from "./messages/es/registration.json";
import esSearch from "./messages/es/search.json";
import esShell from "./messages/es/shell.json";
import esTimeline from "./messages/es/timeline.json";
import esNotifications from "./messages/es/notifications.json";
// Focal points.
import esFocalPoints from "./messages/es/focal-points.json";
import frActivities from "./messages/fr/activities.json";
import frActivityManage from "./messages/fr/activity-manage.json";
import frAdmin from "./messages/fr/admin.json";
import frApiDocs from "./messages/fr/api-docs.json";
import frAuth from "./messages/fr/auth.json";
import frCalendar from "./messages/fr/calendar.json";
import frCountry from "./messages/fr/country.json";
import frDocuments from "./messages/fr/documents.json";
import frRecommendations from "./messages/fr/recommendations.json";
import frEmailNotifications from "./messages/fr/email-notifications.json";
import frDuplicateEffort from "./messages/fr/duplicate-effort.json";
import frFeed from "./messages/fr/feed.json";
import frManage from "./messages/fr/manage.json";
import frOverlap from "./messages/fr/overlap.json";
import frRcp from "./messages/fr/rcp.json";
import frRegistrationErrors from "./messages/fr/registration-errors.json";
import frRegistrationMail from "./messages/fr/registration-mail.json";
import frRegistration from "./messages/fr/registration.json";
import frSearch from "./messages/fr/search.json";
import frShell from "./messages/fr/shell.json";
import frTimeline from "./messages/fr/timeline.json";
import frNotifications from "./messages/fr/notifications.json";
// Focal points.
import frFocalPoints from "./messages/fr/focal-points.json";
import type { TLocale } from "./routing";

export const messageFiles = {
  en: {
    shell: enShell,
    rcp: enRcp,
    country: enCountry,
    overlap: enOverlap,
    timeline: enTimeline,
    auth: enAuth,
    manage: enManage,
    admin: enAdmin,
    apiDocs: enApiDocs,
    calendar: enCalendar,
    activities: enActivities,
    documents: enDocuments,
    activityManage: enActivityManage,
    // Registration.
    registrationErrors: enRegistrationErrors,
    registrationMail: enRegistrationMail,
    registration: enRegistration,
    // Search.
    search: enSearch,
    // Peer updates: follows and notifications.
    notifications: enNotifications,
    // Peer updates by email.
    emailNotifications: enEmailNotifications,
    // Duplicate-effort warnings.
    duplicateEffort: enDuplicateEffort,
    // Peer updates.
    feed: enFeed,
    // Recommendations and follow-up.
    recommendations: enRecommendations,
    // Focal points.
    focalPoints: enFocalPoints,
  },
  fr: {
    shell: frShell,
    rcp: frRcp,
    country: frCountry,
    overlap: frOverlap,
    timeline: frTimeline,
    auth: frAuth,
    manage: frManage,
    admin: frAdmin,
    apiDocs: frApiDocs,
    calendar: frCalendar,
    activities: frActivities,
    documents: frDocuments,
    activityManage: frActivityManage,
    // Registration.
    registrationErrors: frRegistrationErrors,
    registrationMail: frRegistrationMail,
    registration: frRegistration,
    // Search.
    search: frSearch,
    // Peer updates: follows and notifications.
    notifications: frNotifications,
    // Peer updates by email.
    emailNotifications: frEmailNotifications,
    // Duplicate-effort warnings.
    duplicateEffort: frDuplicateEffort,
    // Peer updates.
    feed: frFeed,
    // Recommendations and follow-up.
    recommendations: frRecommendations,
    // Focal points.
    focalPoints: frFocalPoints,
  },
  es: {
    shell: esShell,
    rcp: esRcp,
    country: esCountry,
    overlap: esOverlap,
    timeline: esTimeline,
    auth: esAuth,
    manage: esManage,
    admin: esAdmin,
    apiDocs: esApiDocs,
    calendar: esCalendar,
    activities: esActivities,
    documents: esDocuments,
    activityManage: esActivityManage,
    // Registration.
    registrationErrors: esRegistrationErrors,
    registrationMail: esRegistrationMail,
    registration: esRegistration,
    // Search.
    search: esSearch,
    // Peer updates: follows and notifications.
    notifications: esNotifications,
    // Peer updates by email.
    emailNotifications: esEmailNotifications,
    // Duplicate-effort warnings.
    duplicateEffort: esDuplicateEffort,
    // Peer updates.
    feed: esFeed,
    // Recommendations and follow-up.
    recommendations: esRecommendations,
    // Focal points.
    focalPoints: esFocalPoints,
  },
} as const;

const merge = (files: Record<string, object>) => Object.assign({}, ...Object.values(files)) as TMessages;

export type TMessages = typeof enShell &
  typeof enSearch &
  typeof enRcp &
  typeof enCountry &
  typeof enOverlap &
  typeof enTimeline &
  typeof enAuth &
  typeof enManage &
  typeof enAdmin &
  typeof enApiDocs &
  typeof enCalendar &
  typeof enActivities &
  typeof enDocuments &
  typeof enActivityManage &
  typeof enRegistrationErrors &
  typeof enRegistrationMail &
  typeof enRegistration &
  typeof enNotifications &
  typeof enEmailNotifications &
  typeof enDuplicateEffort &
  typeof enFeed &
  typeof enRecommendations &
  typeof enFocalPoints;

export const messages: Record<TLocale, TMessages> = {
  en: merge(messageFiles.en),
  fr: merge(messageFiles.fr),
  es: merge(messageFiles.es),
};
