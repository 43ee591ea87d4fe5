import { activityRouter } from "./routers/activity";
import { activityDocumentRouter } from "./routers/activity-document";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { calendarRouter } from "./routers/calendar";
import { coHostRouter } from "./routers/co-host";
import { countryRouter } from "./routers/country";
import { feedRouter } from "./routers/feed";
import { invitationRouter } from "./routers/invitation";
import { rcpRouter } from "./routers/rcp";
import { registrationRouter } from "./routers/registration";
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
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
