import { ZRegistrationRefInput } from "~/domain/registration/schema";
import { readHistory } from "~/server/registration/data";
import { registrationProcedure } from "./base";

/** Every transition of a registration: who, when, why. */
export const getHistory = registrationProcedure
  .input(ZRegistrationRefInput)
  .query(({ ctx }) => readHistory(ctx.db, ctx.registration.id));
