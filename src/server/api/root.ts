import { activityRouter } from "./routers/activity";
import { activityDocumentRouter } from "./routers/activity-document";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
// Calendars (issue 11).
import { calendarRouter } from "./routers/calendar";
import { countryRouter } from "./routers/country";
import { invitationRouter } from "./routers/invitation";
import { rcpRouter } from "./routers/rcp";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  rcp: rcpRouter,
  country: countryRouter,
  user: userRouter,
  activity: activityRouter,
  activityDocument: activityDocumentRouter,
  invitation: invitationRouter,
  auth: authRouter,
  admin: adminRouter,
  // Calendars (issue 11).
  calendar: calendarRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
