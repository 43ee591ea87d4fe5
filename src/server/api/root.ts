import { activityRouter } from "./routers/activity";
import { activityDocumentRouter } from "./routers/activity-document";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { calendarRouter } from "./routers/calendar";
import { coHostRouter } from "./routers/co-host";
import { countryRouter } from "./routers/country";
import { focalPointRouter } from "./routers/focal-point";
import { followRouter } from "./routers/follow";
import { emailPreferenceRouter } from "./routers/email-preference";
import { duplicateEffortRouter } from "./routers/duplicate-effort";
import { feedRouter } from "./routers/feed";
import { invitationRouter } from "./routers/invitation";
import { notificationRouter } from "./routers/notification";
import { rcpRouter } from "./routers/rcp";
import { recommendationRouter } from "./routers/recommendation";
import { registrationRouter } from "./routers/registration";
import { searchRouter } from "./routers/search";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  rcp: rcpRouter,
  country: countryRouter,
  user: userRouter,
  activity: activityRouter,
  activityDocument: activityDocumentRouter,
  coHost: coHostRouter,
  feed: feedRouter,
  invitation: invitationRouter,
  auth: authRouter,
  admin: adminRouter,
  // Calendars.
  calendar: calendarRouter,
  // Registration.
  registration: registrationRouter,
  // Search.
  search: searchRouter,
  // Peer updates: follows and in-app notifications.
  follow: followRouter,
  notification: notificationRouter,
  // Peer updates by email.
  emailPreference: emailPreferenceRouter,
  // Duplicate-effort warnings.
  duplicateEffort: duplicateEffortRouter,
  // Recommendations and follow-up.
  recommendation: recommendationRouter,
  // Focal points.
  focalPoint: focalPointRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
