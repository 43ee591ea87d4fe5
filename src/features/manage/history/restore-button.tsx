"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { decodeCallError } from "~/lib/trpc-error";

type TProps = { rcpId: string; currentVersion: number; revisionVersion: number; describedBy: string };

/** "Restore this version", confirmed in a dialog; the restored state is saved as a new version. */
export function RestoreButton({ rcpId, currentVersion, revisionVersion, describedBy }: TProps) {
  const t = useTranslations("History");
  const trpc = useTRPC();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const restore = useMutation(trpc.rcp.restoreRevision.mutationOptions());
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);

  async function confirm() {
    try {
      const result = await restore.mutateAsync({ rcpId, version: currentVersion, revisionVersion });
      setMessage({
        isError: false,
        text:
          result.changes.length > 0
            ? t("restored", { from: revisionVersion, version: result.version })
            : t("unchanged", { version: revisionVersion }),
      });
    } catch (error) {
      const isConflict = decodeCallError(error).code === "CONFLICT";
      setMessage({ isError: true, text: isConflict ? t("conflict") : t("failed") });
    }
    dialog.current?.close();
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-describedby={describedBy}
        className="rounded border border-brand px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft"
      >
        {t("restore")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-w-md space-y-4 rounded-card border border-line bg-surface p-6 text-ink backdrop:bg-black/40"
      >
        <h3 id={titleId} className="text-lg font-semibold">
          {t("confirmTitle", { version: revisionVersion })}
        </h3>
        <p className="text-sm">
          {t("confirmBody", { version: revisionVersion, next: currentVersion + 1, current: currentVersion })}
        </p>
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => void confirm()}
            disabled={restore.isPending}
            className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {restore.isPending ? t("restoring") : t("confirm", { version: revisionVersion })}
          </button>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-line px-4 py-2 font-medium hover:bg-brand-soft"
          >
            {t("cancel")}
          </button>
        </div>
      </dialog>
      <p
        role={message?.isError ? "alert" : "status"}
        className={message?.isError ? "text-sm text-danger" : "text-sm text-success"}
      >
        {message?.text}
      </p>
    </div>
  );
}
