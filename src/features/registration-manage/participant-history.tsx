"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

/** A registration's transitions, read when the person opens them: who, when and why. */
export function ParticipantHistory({ registrationId, name }: { registrationId: string; name: string }) {
  const t = useTranslations("RegistrationParticipants");
  const tStatus = useTranslations("RegistrationStatus");
  const format = useFormatter();
  const trpc = useTRPC();
  const [isOpen, setIsOpen] = useState(false);
  const history = useQuery({
    ...trpc.registration.history.queryOptions({ registrationId }),
    enabled: isOpen,
  });
  return (
    <details onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium" aria-label={t("historyLabel", { name })}>
        {t("history")}
      </summary>
      {history.isError && <p className="text-sm text-danger">{t("historyFailed")}</p>}
      {history.data && (
        <ol className="mt-2 space-y-1 text-sm">
          {history.data.map((event) => (
            <li key={event.id}>
              <span className="font-medium">
                {event.fromStatus
                  ? t("transition", { from: tStatus(event.fromStatus), to: tStatus(event.toStatus) })
                  : tStatus(event.toStatus)}
              </span>{" "}
              · {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
              {event.byToken
                ? t("byThePerson")
                : event.actor
                  ? t("byActor", { name: event.actor.name || event.actor.email })
                  : t("bySystem")}
              {event.reason && (
                <span className="block text-muted">{t("reason", { reason: event.reason })}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
