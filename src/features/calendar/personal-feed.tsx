"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { FormField } from "~/components/ui/form-field";
import { calendarUrls } from "~/lib/calendar-urls";
import { DAY_UTC } from "~/lib/date-formats";
import { useTRPC } from "~/trpc/react";

type TProps = {
  /** The app's origin, for the address people paste into their calendar program. */
  origin: string;
  /** When the current address was made; null when there is none. */
  createdAt: Date | null;
};

/**
 * The personal feed's address. Only its hash is stored, so it can be shown only in the answer
 * that made it; afterwards the person can only replace it, which revokes the old one.
 */
export function PersonalFeed({ origin, createdAt: initialCreatedAt }: TProps) {
  const t = useTranslations("CalendarPersonal");
  const locale = useLocale();
  const trpc = useTRPC();
  const [address, setAddress] = useState<string | null>(null);
  const [createdAt, setCreatedAt] = useState(initialCreatedAt);
  const [error, setError] = useState<string | null>(null);
  const reset = useMutation(trpc.calendar.resetPersonalFeed.mutationOptions());

  const makeAddress = async () => {
    setError(null);
    try {
      const { token } = await reset.mutateAsync();
      setAddress(`${origin}${calendarUrls.personal(locale, token)}`);
      setCreatedAt(new Date());
      return true;
    } catch {
      setError(t("failed"));
      return false;
    }
  };

  return (
    <div className="space-y-3">
      {address ? (
        <div className="space-y-2">
          <Alert tone="success">{t("shownOnce")}</Alert>
          <FormField
            id="personal-calendar-address"
            label={t("addressLabel")}
            value={address}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : (
        <p className="max-w-3xl">
          {createdAt
            ? t("exists", { date: new Intl.DateTimeFormat(locale, DAY_UTC).format(createdAt) })
            : t("none")}
        </p>
      )}
      {createdAt ? (
        <ConfirmButton
          title={t("resetTitle")}
          body={t("resetBody")}
          confirmLabel={t("resetConfirm")}
          cancelLabel={t("cancel")}
          onConfirm={makeAddress}
          isPending={reset.isPending}
          error={error}
          isDanger
        >
          {t("reset")}
        </ConfirmButton>
      ) : (
        <>
          {error && <Alert tone="error">{error}</Alert>}
          <Button onClick={() => void makeAddress()} disabled={reset.isPending}>
            {t("create")}
          </Button>
        </>
      )}
    </div>
  );
}
