import "server-only";
import { TRPCError } from "@trpc/server";
import countries from "i18n-iso-countries";
import { notFound } from "next/navigation";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { participantName } from "~/lib/participant-name";
import { ZRcpSlug } from "~/domain/rcp/schema";
import { requireUser } from "~/server/auth/require-user";
import type { TEditVocabulary } from "~/server/rcp/editable";
import { findLiveRcpId } from "~/server/rcp/lookup";
import { callerFor } from "~/trpc/server";
import type { TProfileLabels } from "./profile-labels";

/** A procedure's answer, or the localized 404 when the caller may not know the RCP exists. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}

/**
 * The RCP a management page works on, seen by the signed-in user: anonymous visitors go to
 * sign-in, anyone outside its secretariat gets the 404 an unknown RCP gets.
 */
export async function loadManagedRcp(locale: TLocale, slug: string, page: "edit" | "history") {
  const user = await requireUser(locale, `/${locale}/manage/${slug}/${page}`);
  const parsed = ZRcpSlug.safeParse(slug);
  const rcpId = parsed.success ? await findLiveRcpId(parsed.data) : null;
  if (!rcpId) notFound();
  const caller = callerFor(user);
  const editable = await orNotFound(caller.rcp.getEditable({ rcpId }));
  return { caller, rcpId, editable, labels: profileLabels(locale, editable.vocabulary) };
}

/** Names of every participant and theme in the reader's language, for the form and the diffs. */
function profileLabels(locale: TLocale, vocabulary: TEditVocabulary): TProfileLabels {
  const participantOptions = [
    ...Object.keys(countries.getAlpha2Codes()).map((code) => ({
      code,
      name: participantName({ code, kind: "STATE" }, locale),
    })),
    ...vocabulary.organisations.map((organisation) => ({
      code: organisation.code,
      name: participantName({ ...organisation, kind: "ORGANISATION" }, locale),
    })),
  ].sort((a, b) => a.name.localeCompare(b.name, locale));
  const themeOptions = vocabulary.themes
    .map((theme) => ({ slug: theme.slug, label: resolveText(theme.label, locale).text || theme.slug }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return {
    participantOptions,
    organisationCodes: vocabulary.organisations.map((organisation) => organisation.code),
    themeOptions,
  };
}
