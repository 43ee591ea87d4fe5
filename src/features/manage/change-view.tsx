// How one field-level change reads: texts and facts as before → after, lists as what was added
// and removed. Used by the history (server) and by the conflict view (browser).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { canonicalNames, canonicalText, type TCanonicalText } from "~/domain/rcp/profile-canonical";
import type { TProfileField } from "~/domain/rcp/profile-diff";
import type { TNameLookup } from "./profile-labels";
import {
  NAME_TRANSLATION_FIELDS,
  TEXT_LANGUAGES,
  type TEditableProfile,
  type TNameTranslationField,
} from "~/domain/rcp/profile-schema";

type TProfile = TEditableProfile;
const LIST_FIELDS = new Set<TProfileField>([
  "otherNames",
  "priorities",
  "memberships",
  "secretariatHosts",
  "chairTerms",
  "mainAreaThemes",
  "priorityThemes",
  "foundingDocuments",
]);

export function useFieldLabel() {
  const t = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  return (field: TProfileField) => {
    if (field.startsWith("annexB.")) {
      const topic = field.slice("annexB.".length) as keyof TProfile["annexB"];
      return t("annexB", { topic: tRcp(`annexBTopic.${topic}`) });
    }
    return t(field as Exclude<TProfileField, `annexB.${string}`>);
  };
}

type TProps = { field: TProfileField; before: unknown; after: unknown; lookup: TNameLookup };

export function ChangeView({ field, before, after, lookup }: TProps) {
  const t = useTranslations("ProfileChange");
  const describe = useItemText(lookup);
  if (LIST_FIELDS.has(field)) {
    const from = asList(before).map((item) => describe(field, item));
    const to = asList(after).map((item) => describe(field, item));
    const removed = withoutEach(from, to);
    const added = withoutEach(to, from);
    if (removed.length === 0 && added.length === 0) return <p className="text-sm">{t("reordered")}</p>;
    return (
      <div className="space-y-2 text-sm">
        <ItemList label={t("removed")} items={removed} className="line-through decoration-danger" />
        <ItemList label={t("added")} items={added} />
      </div>
    );
  }
  // A long text in three languages: only the languages that changed are worth reading.
  const languages = isNamePair(field) ? changedNameLanguages(before, after) : changedLanguages(before, after);
  return (
    <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-muted">{t("before")}</dt>
      <dd>
        <ScalarValue field={field} value={before} languages={languages} />
      </dd>
      <dt className="font-medium text-muted">{t("after")}</dt>
      <dd>
        <ScalarValue field={field} value={after} languages={languages} />
      </dd>
    </dl>
  );
}

type TLanguages = readonly (typeof TEXT_LANGUAGES)[number][];

function textOf(value: unknown): TCanonicalText | null {
  if (typeof value !== "object" || value === null) return null;
  const text = "status" in value ? (value as { text?: unknown }).text : value;
  return typeof text === "object" && text !== null && "en" in text
    ? canonicalText(text as TCanonicalText)
    : null;
}

const isNamePair = (field: TProfileField): field is TNameTranslationField =>
  (NAME_TRANSLATION_FIELDS as readonly string[]).includes(field);

/** A name's French and Spanish forms as a text without English, so TextValue shows them alike. */
function namePairText(value: unknown): TCanonicalText {
  const pair =
    typeof value === "object" && value !== null ? (value as { fr?: string; es?: string }) : undefined;
  return { en: "", ...canonicalNames(pair) };
}

function changedNameLanguages(before: unknown, after: unknown): TLanguages {
  const [from, to] = [namePairText(before), namePairText(after)];
  return (["fr", "es"] as const).filter((language) => from[language] !== to[language]);
}

function changedLanguages(before: unknown, after: unknown): TLanguages {
  const [from, to] = [textOf(before), textOf(after)];
  if (!from || !to) return TEXT_LANGUAGES;
  const changed = TEXT_LANGUAGES.filter((language) => from[language] !== to[language]);
  return changed.length > 0 ? changed : TEXT_LANGUAGES;
}

function ItemList({ label, items, className }: { label: string; items: string[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className="font-medium text-muted">{label}</p>
      <ul className="list-disc space-y-0.5 pl-5">
        {items.map((item, index) => (
          <li key={index} className={className}>
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The items of `list` that `other` does not have, counting duplicates. */
function withoutEach(list: string[], other: string[]): string[] {
  const remaining = [...other];
  return list.filter((item) => {
    const index = remaining.indexOf(item);
    if (index === -1) return true;
    remaining.splice(index, 1);
    return false;
  });
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function useItemText(lookup: TNameLookup) {
  const t = useTranslations("ProfileChange");
  const tRcp = useTranslations("Rcp");
  const participant = (code: string) => {
    const name = lookup.participant(code);
    return name ? `${name} (${code})` : code;
  };
  const period = (item: { start: string; end: string }) =>
    item.start || item.end ? `, ${item.start || "…"} – ${item.end || t("ongoing")}` : "";
  return (field: TProfileField, item: unknown): string => {
    switch (field) {
      case "otherNames":
        return (item as TProfile["otherNames"][number]).name;
      case "priorities":
        return textLine(canonicalText(item as TCanonicalText));
      case "memberships": {
        const membership = item as TProfile["memberships"][number];
        return `${participant(membership.code)} — ${tRcp(`role.${membership.role}`)}${period(membership)}`;
      }
      case "secretariatHosts":
        return participant((item as TProfile["secretariatHosts"][number]).code);
      case "chairTerms": {
        const term = item as TProfile["chairTerms"][number];
        return `${participant(term.code)} — ${tRcp(`chairRole.${term.role}`)}${period(term)}`;
      }
      case "mainAreaThemes":
      case "priorityThemes":
        return lookup.theme(String(item));
      case "foundingDocuments": {
        const document = item as TProfile["foundingDocuments"][number];
        const year = document.year ? ` (${document.year})` : "";
        return `${document.title}${year} — ${tRcp(`documentKind.${document.kind}`)}`;
      }
      default:
        return JSON.stringify(item);
    }
  };
}

/** A text in one line: the English original, then the translations marked by language. */
function textLine(text: TCanonicalText): string {
  return [text.en, text.fr && `FR: ${text.fr}`, text.es && `ES: ${text.es}`].filter(Boolean).join(" · ");
}

type TScalarProps = { field: TProfileField; value: unknown; languages: TLanguages };

function ScalarValue({ field, value, languages }: TScalarProps): ReactNode {
  const t = useTranslations("ProfileChange");
  const tRcp = useTranslations("Rcp");
  const tEdit = useTranslations("EditProfile");
  const empty = <span className="text-muted italic">{t("empty")}</span>;
  switch (field) {
    case "region":
      return tRcp(`region.${value as TProfile["region"]}`);
    case "secretariatKind":
      return tRcp(`secretariatKind.${value as TProfile["secretariatKind"]}`);
    case "developmentGroup":
      return value ? (
        tRcp(`developmentGroup.${value as NonNullable<TProfile["developmentGroup"]>}`)
      ) : (
        <span className="text-muted italic">{t("notRecorded")}</span>
      );
    case "nameTranslations":
    case "shortNameTranslations":
    case "acronymTranslations":
      return <TextValue text={namePairText(value)} languages={languages} empty={empty} />;
    case "description":
    case "membersNote":
    case "observersNote":
    case "secretariatText":
      return <TextValue text={canonicalText(value as TCanonicalText)} languages={languages} empty={empty} />;
    default:
      break;
  }
  if (field.startsWith("annexB.")) {
    const answer = value as TProfile["annexB"][keyof TProfile["annexB"]];
    if (!answer.status) return <span className="text-muted italic">{t("notRecorded")}</span>;
    if (answer.status !== "ANSWER") return tRcp(`annexBStatus.${answer.status}`);
    return (
      <>
        <span className="font-medium">{tEdit("annexBAnswer")}: </span>
        <TextValue text={canonicalText(answer.text)} languages={languages} empty={empty} />
      </>
    );
  }
  const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
  return text ? <span className="break-words">{text}</span> : empty;
}

function TextValue({
  text,
  languages,
  empty,
}: {
  text: TCanonicalText;
  languages: TLanguages;
  empty: ReactNode;
}) {
  const t = useTranslations("EditProfile");
  const isAll = languages.length === TEXT_LANGUAGES.length;
  // All three: show what is written. A selection: show each, empty ones marked as such.
  const shown = isAll ? TEXT_LANGUAGES.filter((language) => text[language]) : languages;
  if (shown.length === 0) return empty;
  return (
    <div className="space-y-1">
      {shown.map((language) => (
        <p key={language} className="whitespace-pre-line">
          <span className="font-medium">{t(`languages.${language}`)}: </span>
          {text[language] ? <span lang={language}>{text[language]}</span> : empty}
        </p>
      ))}
    </div>
  );
}
