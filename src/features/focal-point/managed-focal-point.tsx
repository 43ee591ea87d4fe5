"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { WORKING_LANGUAGES } from "~/domain/activity/working-languages";
import { isOneOf } from "~/domain/errors";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import { FocalPointFacts, type TFocalPointFacts } from "./focal-point-facts";
import { FocalPointForm, type TRepresentable } from "./focal-point-form";

type TProps = { person: TFocalPointFacts & { version: number }; representable: readonly TRepresentable[] };

const today = () => new Date().toISOString().slice(0, 10);

/** One focal point on the management page: its facts, edit on demand, end and remove behind a confirmation. */
export function ManagedFocalPoint({ person, representable }: TProps) {
  const t = useTranslations("FocalPoints");
  const tErrors = useTranslations("FocalPointErrors");
  const router = useRouter();
  const trpc = useTRPC();
  const end = useMutation(trpc.focalPoint.end.mutationOptions());
  const remove = useMutation(trpc.focalPoint.remove.mutationOptions());
  const [isEditing, setIsEditing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const describe = (error: unknown) => {
    const { code, key } = decodeCallError(error);
    if (key === "endBeforeSince") return tErrors("endBeforeSince");
    return code === "CONFLICT" ? tErrors("conflict") : tErrors("generic");
  };

  async function run(action: "end" | "remove") {
    setFailure(null);
    try {
      if (action === "end")
        await end.mutateAsync({ focalPointId: person.id, version: person.version, endedAt: today() });
      else await remove.mutateAsync({ focalPointId: person.id, version: person.version });
      router.refresh();
      return true;
    } catch (error) {
      setFailure(describe(error));
      return false;
    }
  }

  if (isEditing) {
    return (
      <li className="rounded-card border border-line p-4">
        <FocalPointForm
          idPrefix={`focal-${person.id}`}
          representable={representable}
          initial={{
            participantCode: person.participant.code,
            name: person.name,
            title: person.title,
            agency: person.agency,
            email: person.email,
            phone: person.phone,
            languages: person.languages.filter((code) => isOneOf(WORKING_LANGUAGES, code)),
            since: person.since,
            endedAt: person.endedAt,
            visibility: person.visibility,
          }}
          target={{ focalPointId: person.id, version: person.version }}
          onDone={() => setIsEditing(false)}
          onCancel={() => setIsEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="space-y-3 rounded-card border border-line p-4">
      <FocalPointFacts person={person} />
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setIsEditing(true)}
          aria-label={`${t("edit")}: ${person.name}`}
        >
          {t("edit")}
        </Button>
        {!person.endedAt && (
          <ConfirmButton
            label={`${t("end")}: ${person.name}`}
            title={`${t("end")}: ${person.name}`}
            body={t("confirmEnd")}
            confirmLabel={t("end")}
            cancelLabel={t("cancel")}
            isPending={end.isPending}
            error={failure}
            triggerVariant="secondary"
            triggerSize="sm"
            onConfirm={() => run("end")}
          >
            {t("end")}
          </ConfirmButton>
        )}
        <ConfirmButton
          label={`${t("remove")}: ${person.name}`}
          title={`${t("remove")}: ${person.name}`}
          body={t("confirmRemove", { name: person.name })}
          confirmLabel={t("remove")}
          cancelLabel={t("cancel")}
          isPending={remove.isPending}
          error={failure}
          isDanger
          triggerVariant="danger"
          triggerSize="sm"
          onConfirm={() => run("remove")}
        >
          {t("remove")}
        </ConfirmButton>
      </div>
    </li>
  );
}
