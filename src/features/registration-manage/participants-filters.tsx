import { useTranslations } from "next-intl";
import { buttonClass } from "~/components/ui/button-class";
import { SelectField, type TOption } from "~/components/ui/form-field";
import { REGISTRATION_STATUSES, type TRegistrationStatus } from "~/domain/registration/vocabulary";

type TProps = {
  /** The page's own address: the filters are its query. */
  action: string;
  status?: TRegistrationStatus;
  rcp?: string;
  /** The processes one may filter by (empty: no such filter). */
  rcps: TOption[];
  counts: Record<TRegistrationStatus, number>;
};

/** Filters by status and nominating process, with how many people each status has. */
export function ParticipantsFilters({ action, status, rcp, rcps, counts }: TProps) {
  const t = useTranslations("RegistrationParticipants");
  const tStatus = useTranslations("RegistrationStatus");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4 print:hidden">
      <SelectField
        id="status"
        name="status"
        label={t("filterStatus")}
        defaultValue={status ?? ""}
        emptyLabel={t("anyStatus")}
        options={REGISTRATION_STATUSES.map((value) => ({
          value,
          label: t("statusCount", { status: tStatus(value), count: counts[value] }),
        }))}
      />
      {rcps.length > 0 && (
        <SelectField
          id="rcp"
          name="rcp"
          label={t("filterRcp")}
          defaultValue={rcp ?? ""}
          emptyLabel={t("anyRcp")}
          options={rcps}
        />
      )}
      <button type="submit" className={buttonClass({ variant: "secondary" })}>
        {t("filter")}
      </button>
    </form>
  );
}
