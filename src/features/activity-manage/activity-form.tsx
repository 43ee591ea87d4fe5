"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormShell, FormShellBar } from "~/components/ui/form-shell";
import { ZActivityFields, type TActivityFields } from "~/domain/activity/schema";
import type { TActivityStatus } from "~/domain/activity/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError, type TCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import { DuplicatePlanPanel } from "~/features/duplicate-effort/plan-panel";
import { VisibilityField, WhatFields, WhenFields, WhereFields } from "./activity-fields";
import { useActivityIssueMessage } from "./activity-issue-message";
import type { TActivityFormOptions } from "./form-options";
import { StatusActions } from "./status-actions";

export type TEditableActivity = {
  id: string;
  version: number;
  status: TActivityStatus;
  fields: TActivityFields;
};

type TProps = {
  rcpId: string;
  rcpSlug: string;
  /** Absent for a new activity. */
  initial: TEditableActivity | null;
  /** The address of the activity edited; its page is where a save lands. */
  activitySlug?: string;
  blank: TActivityFields;
  options: TActivityFormOptions;
  timeZones: readonly string[];
};

const subscribeToNothing = () => () => {};

/** Creates or edits an activity; saving lands on the activity's page. */
export function ActivityForm({ rcpId, rcpSlug, initial, activitySlug, blank, options, timeZones }: TProps) {
  const t = useTranslations("ActivityForm");
  const tErrors = useTranslations("ActivityFormErrors");
  const tCodes = useTranslations("Errors");
  const issueMessage = useActivityIssueMessage();
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.activity.create.mutationOptions());
  const update = useMutation(trpc.activity.update.mutationOptions());
  const [base, setBase] = useState(initial);
  const [conflict, setConflict] = useState<TEditableActivity | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TActivityFields>({
    resolver: zodResolver(ZActivityFields, { error: issueMessage }),
    defaultValues: initial?.fields ?? blank,
  });
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const isCancelled = base?.status === "CANCELLED";
  const isPending = create.isPending || update.isPending;

  // A new activity starts in the browser's own time zone, which the server cannot know.
  useEffect(() => {
    if (initial || form.getValues("timeZone")) return;
    form.setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [initial, form]);

  async function save(fields: TActivityFields) {
    setFormError(null);
    try {
      const slug = base
        ? (await update.mutateAsync({ activityId: base.id, version: base.version, activity: fields }),
          activitySlug)
        : (await create.mutateAsync({ rcpId, activity: fields })).slug;
      // Saved: nothing left to guard before leaving for the activity's page.
      form.reset(fields);
      router.push(`/activities/${slug}`);
    } catch (error) {
      const failure = decodeCallError(error);
      const current = (failure.details as { current?: TEditableActivity } | undefined)?.current;
      if (failure.code === "CONFLICT" && current) {
        setConflict(current);
        return;
      }
      showFailure(failure);
    }
  }

  function showFailure(failure: TCallError) {
    if (failure.key === "unknownTheme") {
      form.setError("themes", { message: tErrors("unknownTheme") });
      return;
    }
    if (failure.key === "activityCancelled") {
      setFormError(tErrors("activityCancelled"));
      return;
    }
    const fields = Object.keys(failure.fields);
    for (const path of fields) {
      const name = path.replace(/^activity\./, "") as keyof TActivityFields;
      form.setError(name, { message: tErrors("invalid") });
    }
    setFormError(fields.length > 0 ? tErrors("checkFields") : tCodes(failure.code ?? "generic"));
  }

  /** Their version becomes the base; what this editor typed stays in the form, to save over it. */
  function keepMine() {
    if (!conflict) return;
    setBase(conflict);
    setConflict(null);
  }

  function takeTheirs() {
    if (!conflict) return;
    form.reset(conflict.fields);
    setBase(conflict);
    setConflict(null);
  }

  return (
    <FormProvider {...form}>
      <FormShell isDirty={form.formState.isDirty} className="space-y-6">
        {conflict && (
          <section
            aria-labelledby="activity-conflict-heading"
            className="space-y-3 rounded-card border-2 border-danger bg-surface p-4"
          >
            <h2 id="activity-conflict-heading" className="text-xl font-semibold">
              {t("conflictTitle")}
            </h2>
            <p>{t("conflictBody", { version: conflict.version })}</p>
            <div className="flex flex-wrap gap-2">
              <Button onClick={keepMine}>{t("conflictKeepMine")}</Button>
              <Button variant="secondary" onClick={takeTheirs}>
                {t("conflictTakeTheirs")}
              </Button>
            </div>
          </section>
        )}
        {isCancelled && <Alert tone="warning">{t("cancelledNote")}</Alert>}
        <form onSubmit={(event) => void form.handleSubmit(save)(event)} noValidate className="space-y-8">
          <fieldset disabled={!isHydrated || isCancelled} className="min-w-0 space-y-8">
            <WhatFields />
            <WhenFields timeZones={timeZones} />
            <WhereFields options={options} />
            <VisibilityField />
          </fieldset>
          <FormShellBar className="-mx-4 flex flex-wrap items-center gap-4 px-4 py-3">
            <button
              type="submit"
              disabled={isPending || !isHydrated || isCancelled}
              className="rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
            >
              {isPending ? t("saving") : base ? t("save") : t("create")}
            </button>
            {base && (
              <span className="text-sm text-muted">
                {t("basedOn", { version: base.version })}
                {form.formState.isDirty && <> · {t("unsaved")}</>}
              </span>
            )}
            <p role="alert" className="text-sm font-medium text-danger">
              {formError}
            </p>
          </FormShellBar>
        </form>
        {!isCancelled && (
          <DuplicatePlanPanel
            rcpId={rcpId}
            activity={
              base && activitySlug
                ? { id: base.id, hostsPath: `/manage/${rcpSlug}/activities/${activitySlug}/hosts` }
                : undefined
            }
          />
        )}
        {base && (
          <StatusActions
            activity={base}
            rcpSlug={rcpSlug}
            onChanged={(change) => setBase({ ...base, ...change })}
            onConflict={setConflict}
          />
        )}
      </FormShell>
    </FormProvider>
  );
}
