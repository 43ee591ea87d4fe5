import "server-only";
import { TRPCError } from "@trpc/server";
import countries from "i18n-iso-countries";
import { notFound } from "next/navigation";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { participantName } from "~/lib/participant-name";
import { ZRcpSlug } from "~/domain/rcp/schema";
import { requireUser } from "~/server/auth/require-user";
import { getSession } from "~/server/auth/session";
import type { TEditVocabulary } from "~/server/rcp/editable";
import { findLiveRcp, findLiveRcpId, readProfileVocabulary } from "~/server/rcp/lookup";
import { canEditProfile, rcpRoleOf } from "~/server/rcp/policy";
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

/**
 * The history page's RCP without the whole editable profile, which it does not show: its names,
 * whether the caller may restore, and the labels of the diffs. Outsiders get the 404 of an
 * unknown RCP, as listRevisions would answer them.
 */
export async function loadRevisionsRcp(locale: TLocale, slug: string) {
  const user = await requireUser(locale, `/${locale}/manage/${slug}/history`);
  const parsed = ZRcpSlug.safeParse(slug);
  const rcp = parsed.success ? await findLiveRcp(parsed.data) : null;
  const access = (await getSession())?.access;
  if (!rcp || !access || !rcpRoleOf(access, rcp.id)) notFound();
  const vocabulary = await readProfileVocabulary();
  return {
    caller: callerFor(user),
    rcp: { ...rcp, canEdit: canEditProfile(access, rcp.id) },
    labels: profileLabels(locale, vocabulary),
  };
}

/** Whether the signed-in caller may change the RCP at this address: its editors and administrators. */
export async function mayEditRcp(slug: string): Promise<boolean> {
  const parsed = ZRcpSlug.safeParse(slug);
  const access = (await getSession())?.access;
  const rcpId = parsed.success && access ? await findLiveRcpId(parsed.data) : null;
  return Boolean(access && rcpId && canEditProfile(access, rcpId));
}

// One collator per language: localeCompare with a locale builds a new one for every comparison.
const collators = new Map<TLocale, Intl.Collator>();
const collatorFor = (locale: TLocale) => {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
};

// Country names are fixed per language: named and sorted once, not for every page.
const stateOptions = new Map<TLocale, { code: string; name: string }[]>();
const statesIn = (locale: TLocale) => {
  let states = stateOptions.get(locale);
  if (!states) {
    states = Object.keys(countries.getAlpha2Codes()).map((code) => ({
      code,
      name: participantName({ code, kind: "STATE" }, locale),
    }));
    stateOptions.set(locale, states);
  }
  return states;
};

/** Names of every participant and theme in the reader's language, for the form and the diffs. */
function profileLabels(locale: TLocale, vocabulary: TEditVocabulary): TProfileLabels {
  const { compare } = collatorFor(locale);
  const participantOptions = [
    ...statesIn(locale),
    ...vocabulary.organisations.map((organisation) => ({
      code: organisation.code,
      name: participantName({ ...organisation, kind: "ORGANISATION" }, locale),
    })),
  ].sort((a, b) => compare(a.name, b.name));
  const themeOptions = vocabulary.themes
    .map((theme) => ({ slug: theme.slug, label: resolveText(theme.label, locale).text || theme.slug }))
    .sort((a, b) => compare(a.label, b.label));
  return {
    participantOptions,
    organisationCodes: vocabulary.organisations.map((organisation) => organisation.code),
    themeOptions,
  };
}
