import { useLocale, useTranslations } from "next-intl";
import type { TDuplicateEffort } from "~/domain/duplicate-effort/schema";
import { duplicateSentence, type TDuplicateTranslate } from "~/domain/duplicate-effort/sentence";
import { rcpShortName } from "~/domain/rcp/names";
import { PlainLink } from "~/components/ui/plain-link";

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const WEB = /^https?:\/\/[^\s<>]+$/;

type TProps = {
  items: TDuplicateEffort[];
  /** The hosts page of the activity the warnings are about, where co-hosts are invited; absent for a plan. */
  hostsPath?: string;
};

/**
 * Each competing activity as one sentence, with one way to act on it: write to its secretariat
 * (the activity's contact, else the process's website) and, for an existing activity, invite it.
 * Shared by the server-rendered activity page and the form's live panel.
 */
export function DuplicateEffortList({ items, hostsPath }: TProps) {
  const t = useTranslations("DuplicateEffort");
  const locale = useLocale();
  const translate = t as unknown as TDuplicateTranslate;
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const host = item.hosts[0];
        const name = host ? rcpShortName(host, locale) : "";
        const contact = item.contact?.trim() ?? "";
        return (
          <li key={item.activityId} className="rounded-card border border-line bg-surface p-3">
            <p>{duplicateSentence(item, locale, translate)}</p>
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <PlainLink href={`/activities/${item.slug}`} className="underline underline-offset-2">
                {t("open")}
              </PlainLink>
              {EMAIL.test(contact) ? (
                <a href={`mailto:${contact}`} className="underline underline-offset-2">
                  {t("contact", { name })}
                </a>
              ) : WEB.test(contact) ? (
                <a href={contact} rel="noreferrer" className="underline underline-offset-2">
                  {t("contact", { name })}
                </a>
              ) : host?.website && WEB.test(host.website) ? (
                <a href={host.website} rel="noreferrer" className="underline underline-offset-2">
                  {t("website", { name })}
                </a>
              ) : contact ? (
                <span>{t("contactText", { contact })}</span>
              ) : null}
              {hostsPath && host && (
                <PlainLink
                  href={`${hostsPath}?invite=${encodeURIComponent(host.slug)}`}
                  className="underline underline-offset-2"
                >
                  {t("invite", { name })}
                </PlainLink>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
