// Every route of the app (page.tsx and route.ts under src/app), classified: either it shows
// activities (or anything attached to one) and names the test that holds its tier markers, or it
// shows no activity content. tests/unit/activity-surfaces.test.ts fails on a route missing here,
// so a new surface cannot ship without deciding which — and proving it.
// Keys are paths under src/app.

export type TSurface =
  { shows: "activities"; coveredBy: readonly string[] } | { shows: "nothing of activities"; why: string };

const PAGES = "tests/integration/activity-pages.test.ts";
const PROCEDURES = "tests/integration/activities.test.ts";
const E2E = "e2e/activities.spec.ts";
const FEEDS = "tests/integration/calendar-feeds.test.ts";
const API = "tests/integration/public-api.test.ts";
const DOCUMENTS = "tests/integration/activity-documents.test.ts";
const HOSTS = "tests/integration/activity-hosts.test.ts";
const MANAGE_E2E = "e2e/activity-manage.spec.ts";
// Registration: who sees which registration is decided by the router's procedures, which these pages call.
const REGISTRATION = "tests/integration/registration-flow.test.ts";
const REGISTRATION_MATRIX = "tests/integration/authorization-matrix.test.ts";
const REGISTRATION_CSV = "tests/integration/registration-csv.test.ts";
const REGISTRATION_E2E = "e2e/registration.spec.ts";
// Peer updates: events name activities and documents, each shown only while its subject may be seen.
const PEER_FEED = "tests/integration/peer-feed.test.ts";
const PEER_ATOM = "tests/integration/peer-atom.test.ts";
// Recommendations and follow-up.
const RECOMMENDATION_MARKERS = "tests/integration/recommendation-markers.test.ts";
const RECOMMENDATION_PAGES = "tests/integration/recommendation-pages.test.ts";

// Focal points: their marker tests (two tiers, every actor), through procedures and export routes.
const FOCAL_POINTS = "tests/integration/focal-points.test.ts";

const none = (why: string): TSurface => ({ shows: "nothing of activities", why });
const covered = (...coveredBy: string[]): TSurface => ({ shows: "activities", coveredBy });

export const ROUTES: Record<string, TSurface> = {
  // Activities
  "[locale]/(per-request)/activities/page.tsx": covered(PAGES, E2E),
  "[locale]/activities/[slug]/page.tsx": covered(PAGES, E2E),
  "[locale]/(per-request)/reader/activities/[slug]/page.tsx": covered(PAGES),
  "[locale]/(per-request)/rcps/[slug]/activities/page.tsx": covered(PAGES),
  "[locale]/rcps/[slug]/page.tsx": covered(PAGES),
  "[locale]/(per-request)/reader/rcps/[slug]/page.tsx": covered(PAGES),
  "[locale]/countries/[code]/page.tsx": covered(PAGES),
  "[locale]/(per-request)/reader/countries/[code]/page.tsx": covered(PAGES),
  "[locale]/timeline/page.tsx": covered(PROCEDURES, "tests/integration/timeline.test.ts"),
  "api/trpc/[trpc]/route.ts": covered(PROCEDURES, "tests/integration/fuzz.test.ts"),
  "api/calendar/[locale]/public.ics/route.ts": covered(FEEDS),
  "api/calendar/[locale]/rcps/[file]/route.ts": covered(FEEDS),
  "api/calendar/[locale]/themes/[file]/route.ts": covered(FEEDS),
  "api/calendar/[locale]/activities/[file]/route.ts": covered(FEEDS),
  "api/calendar/[locale]/personal/[file]/route.ts": covered(FEEDS),
  "api/v1/activities/route.ts": covered(API),
  "api/activities/[activityId]/documents/route.ts": covered(DOCUMENTS),
  "[locale]/(per-request)/manage/[slug]/activities/page.tsx": covered(PROCEDURES, HOSTS, MANAGE_E2E),
  "[locale]/(per-request)/manage/[slug]/activities/[activity]/edit/page.tsx": covered(PROCEDURES, MANAGE_E2E),
  "[locale]/(per-request)/manage/[slug]/activities/[activity]/hosts/page.tsx": covered(HOSTS, MANAGE_E2E),
  "api/documents/[id]/route.ts": covered(DOCUMENTS, "e2e/activity-documents.spec.ts"),
  "[locale]/(per-request)/manage/[slug]/activities/[activity]/documents/page.tsx": covered(
    DOCUMENTS,
    "e2e/activity-documents.spec.ts",
  ),
  "api/v1/activities/[slug]/route.ts": covered(API),
  // Duplicate-effort warnings: the overlap page's twin lists competing activities to secretariats.
  "[locale]/(per-request)/reader/overlap/page.tsx": covered("tests/integration/duplicate-effort.test.ts"),
  // Registration.
  "[locale]/(per-request)/manage/[slug]/activities/[activity]/registration/page.tsx": covered(
    REGISTRATION,
    REGISTRATION_MATRIX,
    REGISTRATION_E2E,
  ),
  "[locale]/(per-request)/manage/[slug]/activities/[activity]/participants/page.tsx": covered(
    REGISTRATION,
    REGISTRATION_MATRIX,
    REGISTRATION_E2E,
  ),
  "api/registrations/[activityId]/participants.csv/route.ts": covered(REGISTRATION_CSV, REGISTRATION_E2E),
  "[locale]/(per-request)/registration/[token]/page.tsx": covered(REGISTRATION, REGISTRATION_E2E),
  "[locale]/(per-request)/manage/[slug]/activities/[activity]/participants/new/page.tsx": covered(
    REGISTRATION,
    REGISTRATION_MATRIX,
    REGISTRATION_E2E,
  ),

  // Peer updates.
  "[locale]/(per-request)/reader/home/page.tsx": covered(PEER_FEED),
  "api/feed/[locale]/events.atom/route.ts": covered(PEER_ATOM),
  "api/feed/[locale]/rcps/[file]/route.ts": covered(PEER_ATOM),

  // Recommendations and follow-up: what they show is what the recommendation router answers the
  // reader, whose markers are read back per tier and actor through the router and these pages.
  "[locale]/(per-request)/recommendations/[document]/page.tsx": covered(
    RECOMMENDATION_MARKERS,
    RECOMMENDATION_PAGES,
  ),
  "[locale]/(per-request)/rcps/[slug]/recommendations/page.tsx": covered(
    RECOMMENDATION_MARKERS,
    RECOMMENDATION_PAGES,
  ),
  "[locale]/(per-request)/themes/[theme]/recommendations/page.tsx": covered(
    RECOMMENDATION_MARKERS,
    RECOMMENDATION_PAGES,
  ),

  // No activity content
  "[locale]/page.tsx": none("the home page: the platform's sections"),
  "[locale]/about/page.tsx": none("static text"),
  "[locale]/rcps/page.tsx": none("the directory of processes"),
  "[locale]/countries/page.tsx": none("the index of countries and their memberships"),
  "[locale]/map/page.tsx": none("memberships on a map"),
  "[locale]/compare/page.tsx": none("profiles side by side"),
  "[locale]/compare/csv/route.ts": none("the comparison as CSV: profile fields only"),
  "[locale]/overlap/page.tsx": none("shared memberships"),
  "[locale]/[...rest]/page.tsx": none("the 404 page"),
  // Focal points: people, not activities; their own two tiers' markers are in FOCAL_POINTS.
  "[locale]/(per-request)/manage/[slug]/focal-points/page.tsx": none(
    `an RCP's focal points (${FOCAL_POINTS}, e2e/focal-points.spec.ts)`,
  ),
  "api/countries/[code]/focal-points.csv/route.ts": none(`a state's focal points as CSV (${FOCAL_POINTS})`),
  "api/countries/[code]/focal-points.vcf/route.ts": none(
    `a state's focal points as vCards (${FOCAL_POINTS})`,
  ),
  "[locale]/(per-request)/admin/page.tsx": none("administration index"),
  "[locale]/(per-request)/admin/audit/page.tsx": none("the audit log: actions and targets' ids, no content"),
  "[locale]/(per-request)/admin/organisations/page.tsx": none("organisations' acronyms"),
  "[locale]/(per-request)/admin/rcps/page.tsx": none("processes to create and archive"),
  "[locale]/(per-request)/admin/users/page.tsx": none("accounts"),
  "[locale]/(per-request)/admin/mail/page.tsx": none(
    "undelivered mail: recipients and subjects, never bodies",
  ),
  "[locale]/(per-request)/dev/outbox/page.tsx": none("local mail outbox, administrators only"),
  "[locale]/(per-request)/forgot-password/page.tsx": none("a form"),
  "[locale]/(per-request)/invitation/[token]/page.tsx": none("accepting an account invitation"),
  "[locale]/(per-request)/reset-password/[token]/page.tsx": none("a form"),
  "[locale]/(per-request)/sign-in/page.tsx": none("a form"),
  "[locale]/(per-request)/manage/page.tsx": none("the reader's secretariats"),
  "[locale]/(per-request)/manage/[slug]/edit/page.tsx": none("the profile form"),
  "[locale]/(per-request)/manage/[slug]/history/page.tsx": none("the profile's revisions"),
  "[locale]/(per-request)/manage/[slug]/staff/page.tsx": none("staff and invitations"),
  "[locale]/(per-request)/manage/[slug]/activities/new/page.tsx": none("an empty form for a new activity"),
  "api/auth/[...nextauth]/route.ts": none("sign-in"),
  "api/health/route.ts": none("readiness: whether the database answers"),
  "api/health/live/route.ts": none("liveness: whether the process answers"),
  "api/v1/rcps/route.ts": none("processes' public profiles"),
  "api/v1/rcps/[slug]/route.ts": none("a process's public profile and memberships"),
  "api/v1/openapi.json/route.ts": none("the API's description, no data"),
  "api/v1/[...rest]/route.ts": none("the API's 404 problem"),
  "[locale]/api-docs/page.tsx": none("the API reference, rendered from its description"),
  "[locale]/(per-request)/calendar/page.tsx": none("the reader's feed addresses and how to subscribe"),
  // Search: activities and documents (their titles and the text inside their files) by tier.
  "[locale]/(per-request)/search/page.tsx": covered(
    "tests/integration/search-page.test.ts",
    "tests/integration/search.test.ts",
  ),
  // Peer updates: notifications name the activities and documents their events are about.
  "[locale]/(per-request)/notifications/page.tsx": covered("tests/integration/notifications.test.ts"),
  "[locale]/(per-request)/following/page.tsx": none("names processes, themes and countries only"),
  // Peer updates by email. The mails themselves show activities: tests/integration/peer-mail.test.ts.
  "[locale]/(per-request)/email-preferences/page.tsx": none("the reader's choice of peer-update mail"),
  "[locale]/(per-request)/unsubscribe/[token]/page.tsx": none("whose mail a link stops, and a button"),
  "api/unsubscribe/[token]/route.ts": none("turns peer-update mail off; answers in one sentence"),
};
