import { adminRouter } from "./routers/admin";
import { countryRouter } from "./routers/country";
import { rcpRouter } from "./routers/rcp";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  rcp: rcpRouter,
  country: countryRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
