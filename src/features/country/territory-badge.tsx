import { useTranslations } from "next-intl";

/** Marks Hong Kong, Macao and New Caledonia, which the RCPs list in their own right. */
export function TerritoryBadge({ className = "" }: { className?: string }) {
  const t = useTranslations("Country");
  // The space keeps "Hong Kong Territory" two words for screen readers and copied text.
  return (
    <>
      {" "}
      <span
        className={`inline-block rounded border border-line bg-canvas px-1.5 py-0.5 text-xs font-medium text-muted ${className}`}
      >
        {t("territory")}
      </span>
    </>
  );
}
