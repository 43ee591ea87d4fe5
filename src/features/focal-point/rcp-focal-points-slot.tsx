import { TRPCError } from "@trpc/server";
import { getLocale, getTranslations } from "next-intl/server";
import { rcpShortName } from "~/domain/rcp/names";
import { Link } from "~/i18n/navigation";
import { toLocale } from "~/i18n/routing";
import { requestCaller } from "~/trpc/server";
import { FocalPointFacts } from "./focal-point-facts";

/**
 * An RCP's current focal points as the signed-in secretariat reader may see them, on the profile's
 * per-request twin only; its staff also get the way to the full list. Anyone else gets nothing.
 */
export async function RcpFocalPointsSlot({ slug }: { slug: string }) {
  const locale = toLocale(await getLocale());
  let page;
  try {
    page = await (await requestCaller()).focalPoint.list({ slug });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"].includes(error.code)
    )
      return null;
    throw error;
  }
  const t = await getTranslations("FocalPoints");
  const current = page.items.filter((person) => !person.endedAt);
  return (
    <section aria-labelledby="rcp-focal-points-heading" className="space-y-3">
      <h2 id="rcp-focal-points-heading" className="text-2xl font-semibold">
        {t("readLink", { rcp: rcpShortName(page.rcp, locale) })}
      </h2>
      {page.canEdit && (
        <p className="text-sm font-medium">
          <Link href={`/manage/${page.rcp.slug}/focal-points`}>{t("title")}</Link>
        </p>
      )}
      {current.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {current.map((person) => (
            <li key={person.id} className="rounded-card border border-line p-4">
              <FocalPointFacts person={person} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
