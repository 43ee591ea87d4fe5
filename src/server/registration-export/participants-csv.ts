// The participant list as a CSV download. It answers exactly as the `registration.participants`
// procedure does — same audience, same tier check, same scope (src/server/registration/policy.ts)
// — so a file never shows someone a row the page would not.
import "server-only";
import { createTranslator } from "next-intl";
import { REGISTRATION_LIMITS, type TRegistrationStatus } from "~/domain/registration/vocabulary";
import en from "~/i18n/messages/en/registration.json";
import es from "~/i18n/messages/es/registration.json";
import fr from "~/i18n/messages/fr/registration.json";
import type { TLocale } from "~/i18n/routing";
import { toCsv } from "~/lib/csv";
import { participantName } from "~/lib/participant-name";
import { canSeeActivity } from "~/server/activity/policy";
import { db } from "~/server/db";
import { readParticipants } from "~/server/registration/data";
import { readParticipantChoices } from "~/server/registration/participant-choices";
import { participantScope } from "~/server/registration/policy";
import { findRegistrationAudience } from "~/server/registration/target";
import type { TAccess } from "~/server/user/access";

const FILES = { en, fr, es } as const;

export type TCsvQuery = { activityId: string; status?: TRegistrationStatus; rcpId?: string };

/** The CSV, or null for whoever may not have it (answered as a 404: the list does not exist for them). */
export async function participantsCsv(
  access: TAccess | null,
  query: TCsvQuery,
  locale: TLocale,
): Promise<string | null> {
  if (!access) return null;
  const audience = await findRegistrationAudience(db, query.activityId);
  if (!audience || !canSeeActivity(access, audience)) return null;
  const scope = participantScope(access, audience);
  if (!scope) return null;
  const t = createTranslator({ locale, messages: FILES[locale] });
  const chosen = new Map(
    (await readParticipantChoices(db, query.activityId)).map((choice) => [
      choice.code,
      participantName(choice, locale),
    ]),
  );
  const rows: string[][] = [];
  let after: string | undefined;
  do {
    const page = await readParticipants(db, { ...query, scope, after, limit: REGISTRATION_LIMITS.pageSize });
    for (const item of page.items) {
      rows.push([
        item.name,
        item.email,
        t(`RegistrationStatus.${item.status}`),
        item.organisation ??
          (item.participantCode ? (chosen.get(item.participantCode) ?? item.participantCode) : ""),
        item.countryCode ? participantName({ code: item.countryCode, kind: "STATE" }, locale) : "",
        item.role ?? "",
        item.dietaryNeeds ?? "",
        item.accessNeeds ?? "",
        item.comment ?? "",
        item.nominatingRcp?.shortName ?? "",
        item.registeredBy ? item.registeredBy.name || item.registeredBy.email : "",
        item.createdAt.toISOString(),
      ]);
    }
    after = page.nextAfter ?? undefined;
  } while (after);
  const header = (
    [
      "name",
      "email",
      "status",
      "organisation",
      "country",
      "role",
      "dietaryNeeds",
      "accessNeeds",
      "comment",
      "nominatedBy",
      "registeredBy",
      "registeredAt",
    ] as const
  ).map((key) => t(`RegistrationCsv.${key}`));
  return toCsv([header, ...rows]);
}
