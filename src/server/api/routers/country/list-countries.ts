import { listCountries as listCountriesData } from "~/server/country/data";
import { publicProcedure } from "../../trpc";

export const listCountries = publicProcedure.query(({ ctx }) => listCountriesData(ctx.db));
