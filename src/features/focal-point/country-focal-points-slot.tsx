import { TRPCError } from "@trpc/server";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "~/domain/country/names";
import { rcpShortName } from "~/domain/rcp/names";
import { Link } from "~/i18n/navigation";
import { toLocale } from "~/i18n/routing";
import { requestCaller } from "~/trpc/server";
import { FocalPointFacts } from "./focal-point-facts";

/**
 * "Who represents <country> in each process", for signed-in secretariats: only the country page's
 * per-request twin renders it (the cached page carries no one's data); anyone else gets nothing.
 */
export async function CountryFocalPointsSlot({ code }: { code: string }) {
  const locale = toLocale(await getLocale());
  let processes;
  try {
    processes = await (await requestCaller()).focalPoint.byCountry({ code });
  } catch (error) {
    if (error instanceof TRPCError && ["UNAUTHORIZED", "FORBIDDEN", "BAD_REQUEST"].includes(error.code))
      return null;
    throw error;
  }
  const t = await getTranslations("FocalPointCountry");
  const tPoints = await getTranslations("FocalPoints");
  const country = countryName(code, locale);
  return (
    <section aria-labelledby="focal-points-heading" className="space-y-4">
      <h2 id="focal-points-heading" className="text-2xl font-semibold">
        {t("title", { country })}
      </h2>
      <p className="text-muted">{t("intro")}</p>
      <p className="flex flex-wrap gap-4 text-sm font-medium">
        <a className="underline" href={`/api/countries/${code}/focal-points.csv?locale=${locale}`} download>
          {tPoints("downloadCsv")}
        </a>
        <a className="underline" href={`/api/countries/${code}/focal-points.vcf?locale=${locale}`} download>
          {tPoints("downloadVcard")}
        </a>
      </p>
      <ul className="space-y-4">
        {processes.map((process) => (
          <li key={process.rcp.slug} className="space-y-2">
            <h3 className="text-lg font-semibold">
              <Link className="underline" href={`/rcps/${process.rcp.slug}`}>
                {rcpShortName(process.rcp, locale)}
              </Link>{" "}
              <span className="text-sm font-normal text-muted">
                ({process.role === "OBSERVER" ? t("observer") : t("member")})
              </span>
            </h3>
            {process.focalPoints.length === 0 ? (
              <p className="text-muted">{t("none", { country })}</p>
            ) : (
              <ul className="space-y-3">
                {process.focalPoints.map((person) => (
                  <li key={person.id} className="rounded-card border border-line p-4">
                    <FocalPointFacts person={person} isRepresentedShown={false} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
