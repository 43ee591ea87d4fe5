import type { TOption } from "~/components/ui/form-field";
import type { TLocale } from "~/i18n/routing";
import { participantName, type TParticipantRef } from "~/lib/participant-name";

/** The hosts' participants as options, named and sorted in the reader's language. */
export function participantOptions(choices: readonly TParticipantRef[], locale: TLocale): TOption[] {
  const { compare } = new Intl.Collator(locale, { sensitivity: "base" });
  return choices
    .map((choice) => ({ value: choice.code, label: participantName(choice, locale) }))
    .sort((a, b) => compare(a.label, b.label));
}
