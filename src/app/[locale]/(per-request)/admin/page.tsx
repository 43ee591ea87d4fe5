import { getTranslations } from "next-intl/server";
import { AdminHeader } from "~/features/admin/admin-nav";
import { requireAdmin } from "~/features/admin/require-admin";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { appMailer } from "~/server/mail/app-mailer";

type TProps = { params: Promise<{ locale: string }> };

// Per person and always current: never cached.
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("Admin", "title", { robots: { index: false } });

export default async function AdminPage({ params }: TProps) {
  const locale = await pageLocale(params);
  await requireAdmin(locale, "/admin");
  const t = await getTranslations("Admin");
  const sections = [
    { href: "/admin/users", title: t("overview.usersTitle"), body: t("overview.usersBody") },
    { href: "/admin/rcps", title: t("overview.rcpsTitle"), body: t("overview.rcpsBody") },
    {
      href: "/admin/organisations",
      title: t("overview.organisationsTitle"),
      body: t("overview.organisationsBody"),
    },
    { href: "/admin/audit", title: t("overview.auditTitle"), body: t("overview.auditBody") },
    { href: "/admin/mail", title: t("overview.mailTitle"), body: t("overview.mailBody") },
    // A local run without a mail server keeps its mail here: invitation links are read there.
    ...(appMailer().isOutbox
      ? [{ href: "/dev/outbox", title: t("overview.outboxTitle"), body: t("overview.outboxBody") }]
      : []),
  ];
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} intro={t("intro")} current="overview" />
      <ul className="grid gap-4 sm:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href} className="rounded-card border border-line bg-surface p-4">
            <h2 className="text-lg font-semibold">
              <Link href={section.href}>{section.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{section.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
