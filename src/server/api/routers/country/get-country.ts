import { z } from "zod";
import { getCountry as getCountryData } from "~/server/country/data";
import { DomainError } from "~/server/errors";
import { publicProcedure } from "../../trpc";

export const ZCountryCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase()),
});

export const getCountry = publicProcedure.input(ZCountryCodeInput).query(async ({ ctx, input }) => {
  const country = await getCountryData(ctx.db, input.code);
  if (!country) throw new DomainError("NOT_FOUND");
  return country;
});
