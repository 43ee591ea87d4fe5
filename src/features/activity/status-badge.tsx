import { useTranslations } from "next-intl";
import type { TActivityStatus } from "~/domain/activity/vocabulary";

const TONE: Record<TActivityStatus, string> = {
  SCHEDULED: "",
  POSTPONED: "bg-warning-soft text-warning",
  CANCELLED: "bg-danger-soft text-danger",
};

/** Postponed or cancelled, in words and colour; a scheduled activity carries no badge. */
export function StatusBadge({ status }: { status: TActivityStatus }) {
  const t = useTranslations("Activities.status");
  if (status === "SCHEDULED") return null;
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>
      {t(status)}
    </span>
  );
}
