"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState, useSyncExternalStore } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { FormShell } from "~/components/ui/form-shell";
import { useTRPC } from "~/trpc/react";
import { decodeCallError, type TCallError } from "~/lib/trpc-error";
import { isConflictDetails, reapplyOnto, type TConflictDetails } from "~/domain/rcp/conflict";
import { useIssueMessage } from "../issue-message";
import { nameLookup, type TProfileLabels } from "../profile-labels";
import { withKnownVocabulary, type TEditableProfile } from "~/domain/rcp/profile-schema";
import { AnnexBSection } from "./annex-b-section";
import { BasicsSection } from "./basics-section";
import { ConflictPanel } from "./conflict-panel";
import type { TValues } from "./controls";
import { DocumentsSection } from "./documents-section";
import { MissingTranslations } from "./missing-translations";
import { ParticipantOptions } from "./participant-field";
import { ParticipantsSection } from "./participants-section";
import { SaveBar, type TNotice } from "./save-bar";
import { ChairsSection, SecretariatSection } from "./secretariat-section";
import { TextsSection } from "./texts-section";
import { ThemesSection } from "./themes-section";

type TVersioned = { version: number; data: TEditableProfile };
type TProps = { rcpId: string; initial: TVersioned; canEdit: boolean; labels: TProfileLabels };

export const SECTION_IDS = [
  "basics",
  "texts",
  "participants",
  "secretariat",
  "chairs",
  "themes",
  "documents",
  "annex-b",
] as const;

export function EditProfileForm({ rcpId, initial, canEdit, labels }: TProps) {
  const t = useTranslations("EditProfile");
  const tConflict = useTranslations("EditConflict");
  const issueMessage = useIssueMessage();
  const listId = useId();
  const lookup = useMemo(() => nameLookup(labels), [labels]);
  const schema = useMemo(
    () =>
      withKnownVocabulary({
        organisationCodes: new Set(labels.organisationCodes),
        themeSlugs: new Set(labels.themeOptions.map((option) => option.slug)),
      }),
    [labels],
  );
  // The version this form is based on: what a save says it changes.
  const [base, setBase] = useState<TVersioned>(initial);
  const [conflict, setConflict] = useState<TConflictDetails | null>(null);
  const [notice, setNotice] = useState<TNotice | null>(null);
  const form = useForm<TValues, unknown, TEditableProfile>({
    resolver: zodResolver(schema, { error: issueMessage }),
    defaultValues: initial.data,
  });
  const trpc = useTRPC();
  const update = useMutation(trpc.rcp.update.mutationOptions());
  const isDirty = form.formState.isDirty;
  // Until the page is interactive the form is shown but locked: typing before react-hook-form
  // takes over the inputs would be lost.
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

  async function save(data: TEditableProfile) {
    setNotice(null);
    // What the inputs hold, in the form's own shape: the saved values as the form compares them.
    const submitted = form.getValues();
    try {
      const result = await update.mutateAsync({ rcpId, version: base.version, data });
      setBase({ version: result.version, data: result.data });
      setConflict(null);
      // The saved values become the form's defaults, so it is clean until the next edit. The
      // server's copy (result.data) differs in shape (absent optional keys the inputs hold as ""),
      // which left "Unsaved changes" showing after every save.
      form.reset(submitted);
      setNotice(
        result.changes.length > 0 ? { kind: "saved", version: result.version } : { kind: "unchanged" },
      );
    } catch (error) {
      const failure = decodeCallError(error);
      if (failure.code === "CONFLICT" && isConflictDetails(failure.details)) {
        setConflict(failure.details);
        return;
      }
      setNotice({ kind: "error", message: errorMessage(t, failure) });
    }
  }

  function reapply() {
    if (!conflict) return;
    const { current } = conflict;
    const merged = reapplyOnto(current.data, base.data, form.getValues());
    // The newer version becomes the base; the editor's changes stay unsaved on top of it.
    form.reset(current.data);
    form.reset(merged, { keepDefaultValues: true });
    setBase(current);
    setConflict(null);
    setNotice({ kind: "info", message: tConflict("reapplied", { version: current.version }) });
  }

  function discard() {
    if (!conflict) return;
    form.reset(conflict.current.data);
    setBase(conflict.current);
    setConflict(null);
    setNotice({ kind: "info", message: tConflict("discarded", { version: conflict.current.version }) });
  }

  const onInvalid = (errors: FieldErrors<TValues>) =>
    setNotice({ kind: "error", message: t("invalid", { count: countErrors(errors) }) });

  return (
    <FormProvider {...form}>
      <FormShell isDirty={isDirty} className="space-y-6">
        {conflict && (
          <ConflictPanel
            details={conflict}
            base={base.data}
            lookup={lookup}
            onReapply={reapply}
            onDiscard={discard}
          />
        )}
        <nav aria-label={t("contents")} className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {SECTION_IDS.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{t(`sections.${sectionKey(id)}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <MissingTranslations />
        <form
          onSubmit={(event) => void form.handleSubmit(save, onInvalid)(event)}
          noValidate
          className="space-y-6"
        >
          <ParticipantOptions id={listId} options={labels.participantOptions} />
          <fieldset disabled={!canEdit || !isHydrated} className="min-w-0 space-y-6">
            <BasicsSection />
            <TextsSection />
            <ParticipantsSection listId={listId} lookup={lookup} />
            <SecretariatSection listId={listId} lookup={lookup} />
            <ChairsSection listId={listId} lookup={lookup} />
            <ThemesSection options={labels.themeOptions} />
            <DocumentsSection />
            <AnnexBSection />
          </fieldset>
          {canEdit && (
            <SaveBar
              version={base.version}
              isSaving={update.isPending}
              isReady={isHydrated}
              isDirty={isDirty}
              notice={notice}
            />
          )}
        </form>
      </FormShell>
    </FormProvider>
  );
}

const subscribeToNothing = () => () => {};

const sectionKey = (id: (typeof SECTION_IDS)[number]) => (id === "annex-b" ? "annexB" : id);

/** Fields with an error: the leaves of react-hook-form's error tree that carry a message. */
function countErrors(errors: object): number {
  return Object.entries(errors as Record<string, unknown>).reduce<number>((count, [key, value]) => {
    if (key === "ref" || typeof value !== "object" || value === null) return count;
    const node = value as { message?: unknown };
    if (typeof node.message === "string") return count + 1;
    return count + countErrors(node);
  }, 0);
}

type TTranslate = ReturnType<typeof useTranslations<"EditProfile">>;

function errorMessage(t: TTranslate, failure: TCallError): string {
  const details = (failure.details ?? {}) as { codes?: string[]; slugs?: string[] };
  if (failure.key === "unknownParticipant") {
    return t("errors.unknownParticipant", { codes: (details.codes ?? []).join(", ") });
  }
  if (failure.key === "unknownTheme") {
    return t("errors.unknownTheme", { codes: (details.slugs ?? []).join(", ") });
  }
  switch (failure.code) {
    case "UNAUTHORIZED":
    case "FORBIDDEN":
    case "NOT_FOUND":
    case "BAD_REQUEST":
      return t(`errors.${failure.code}`);
    default:
      return t("errors.generic");
  }
}
