import { useTranslations } from "next-intl";

type TProps = {
  seats: {
    capacity: number;
    taken: number;
    free: number;
    shared: { seats: number; taken: number };
    waitlisted: number;
  };
  quotas: { rcpId: string; name: string; seats: number; taken: number }[];
};

/** Seats held (confirmed and awaiting approval) against the capacity, per host quota and shared. */
export function SeatCounts({ seats, quotas }: TProps) {
  const t = useTranslations("RegistrationParticipants");
  return (
    <dl className="grid max-w-3xl grid-cols-2 gap-3 rounded-card border border-line bg-surface p-4 sm:grid-cols-4">
      <div>
        <dt className="text-sm text-muted">{t("seatsTaken")}</dt>
        <dd className="text-xl font-semibold">
          {t("ofCapacity", { taken: seats.taken, capacity: seats.capacity })}
        </dd>
      </div>
      <div>
        <dt className="text-sm text-muted">{t("seatsFree")}</dt>
        <dd className="text-xl font-semibold">{seats.free}</dd>
      </div>
      <div>
        <dt className="text-sm text-muted">{t("waitlisted")}</dt>
        <dd className="text-xl font-semibold">{seats.waitlisted}</dd>
      </div>
      {quotas.length > 0 && (
        <div>
          <dt className="text-sm text-muted">{t("sharedSeats")}</dt>
          <dd className="text-xl font-semibold">
            {t("ofCapacity", { taken: seats.shared.taken, capacity: seats.shared.seats })}
          </dd>
        </div>
      )}
      {quotas.map((quota) => (
        <div key={quota.rcpId}>
          <dt className="text-sm text-muted">{t("quotaOf", { name: quota.name })}</dt>
          <dd className="text-xl font-semibold">
            {t("ofCapacity", { taken: quota.taken, capacity: quota.seats })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
