import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { Link } from "~/i18n/navigation";
import type { TPair } from "./overlap-data";

type TRcpRef = { slug: string; shortName: string };

type TProps = {
  pair: { a: TRcpRef; b: TRcpRef; overlap: TPair } | null;
  countryNames: Record<string, string>;
  onClear: () => void;
};

/** The states two RCPs share, by name, with links to each state and to both profiles. */
export function SharedStatesPanel({ pair, countryNames, onClear }: TProps) {
  const t = useTranslations("Overlap.panel");
  const format = useFormatter();
  const locale = useLocale();
  if (!pair) {
    return (
      <section
        aria-labelledby="overlap-panel-heading"
        className="rounded-card border border-line bg-surface p-4"
      >
        <h2 id="overlap-panel-heading" className="text-lg font-semibold">
          {t("emptyTitle")}
        </h2>
        <p className="mt-2 text-muted">{t("hint")}</p>
      </section>
    );
  }
  const { a, b, overlap } = pair;
  const collator = new Intl.Collator(locale);
  const states = overlap.codes
    .map((code) => ({ code, name: countryNames[code] ?? code }))
    .sort((x, y) => collator.compare(x.name, y.name));
  return (
    <section
      aria-labelledby="overlap-panel-heading"
      className="space-y-3 rounded-card border border-line bg-surface p-4"
    >
      <h2 id="overlap-panel-heading" className="text-lg font-semibold">
        {t("title", { a: a.shortName, b: b.shortName })}
      </h2>
      <p>
        {t("shared", { count: overlap.shared })}
        <br />
        {t("jaccard", {
          value: format.number(overlap.jaccard, { style: "percent", maximumFractionDigits: 0 }),
        })}
      </p>
      <p className="text-sm">
        <span className="font-semibold">{t("profiles")}</span>{" "}
        <Link href={`/rcps/${a.slug}`} className="underline">
          {a.shortName}
        </Link>
        {" · "}
        <Link href={`/rcps/${b.slug}`} className="underline">
          {b.shortName}
        </Link>
      </p>
      {states.length > 0 ? (
        <>
          <h3 className="font-semibold">{t("statesHeading")}</h3>
          <ul className="columns-2 gap-4 text-sm">
            {states.map((state) => (
              <li key={state.code} className="break-inside-avoid py-0.5">
                <Link href={`/countries/${state.code}`} className="underline">
                  {state.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-muted">{t("none")}</p>
      )}
      <Button variant="secondary" size="sm" onClick={onClear}>
        {t("clear")}
      </Button>
    </section>
  );
}
