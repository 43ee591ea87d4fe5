import { useTranslations } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import { queryString } from "~/lib/search-params";

/** Searches that show what the box understands: a theme, an acronym, a former country name. */
export function SearchExamples() {
  const t = useTranslations("Search");
  const examples = [t("examples.first"), t("examples.second"), t("examples.third")];
  return (
    <p className="text-sm">
      {t("tryLabel")}{" "}
      {examples.map((q, index) => (
        <span key={q}>
          {index > 0 && ", "}
          <PlainLink href={`/search${queryString({ q })}`}>{q}</PlainLink>
        </span>
      ))}
    </p>
  );
}
