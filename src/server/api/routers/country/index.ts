import { createTRPCRouter } from "../../trpc";
import { getCountry } from "./get-country";
import { listCountries } from "./list-countries";

export const countryRouter = createTRPCRouter({
  list: listCountries,
  get: getCountry,
});
