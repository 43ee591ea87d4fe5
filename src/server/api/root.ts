import { activityRouter } from "./routers/activity";
import { countryRouter } from "./routers/country";
import { rcpRouter } from "./routers/rcp";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  rcp: rcpRouter,
  country: countryRouter,
  user: userRouter,
  activity: activityRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
