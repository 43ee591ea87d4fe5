"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { CardForm } from "~/components/ui/card-form";
import { controlProps, Field, FormField, SelectField } from "~/components/ui/form-field";
import { useFormErrors } from "~/features/auth/form-errors";
import { Link, useRouter } from "~/i18n/navigation";
import { locales } from "~/i18n/routing";
import { useTRPC } from "~/trpc/react";
import { inviteNotice } from "./mail-notice";
import { INVITE_ROLES, ZInviteForm, type TInviteForm } from "~/domain/invitation/schema";

type TProps = {
  /**
   * The RCP the person joins: the staff page's own, or one the inviter chooses among `choices`
   * (the administration), where choosing none invites a platform administrator only.
   */
  rcp: { id: string } | { choices: { id: string; label: string }[] };
  /** Administrators may also grant platform administration. */
  canGrantAdmin: boolean;
  /** The id of the heading that names the form. */
  labelledBy?: string;
};

/** Where the server's field errors go: the procedure nests the RCP and its role under `rcp`. */
const SERVER_FIELDS: Record<string, keyof TInviteForm> = {
  email: "email",
  name: "name",
  rcp: "rcpId",
  "rcp.rcpId": "rcpId",
  "rcp.role": "role",
  locale: "locale",
};

/** Invites a person by email: they get a link to set a password, and the rights chosen here. */
export function InviteForm({ rcp, canGrantAdmin, labelledBy }: TProps) {
  const t = useTranslations("InviteForm");
  const tStaff = useTranslations("Staff");
  const tLocale = useTranslations("LocaleSwitcher");
  const tErrors = useTranslations("Errors");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const errors = useFormErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const choices = "choices" in rcp ? rcp.choices : null;
  const form = useForm<TInviteForm>({
    resolver: zodResolver(ZInviteForm),
    defaultValues: {
      email: "",
      name: "",
      rcpId: "id" in rcp ? rcp.id : "",
      role: "VIEWER",
      isPlatformAdmin: false,
      locale,
    },
  });
  const hasRcp = useWatch({ control: form.control, name: "rcpId" }) !== "";
  const create = useMutation(trpc.invitation.create.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setNotice(null);
    try {
      const result = await create.mutateAsync({
        email: values.email,
        name: values.name,
        locale: values.locale,
        isPlatformAdmin: canGrantAdmin && values.isPlatformAdmin,
        rcp: values.rcpId ? { rcpId: values.rcpId, role: values.role } : null,
      });
      const said = inviteNotice(result, canGrantAdmin);
      setNotice(
        said === "notSent"
          ? tStaff("notSent")
          : said === "keptInOutboxAdmin"
            ? t.rich(said, {
                email: values.email,
                outbox: (chunks) => <Link href="/dev/outbox">{chunks}</Link>,
              })
            : t(said, { email: values.email }),
      );
      form.reset({ ...values, email: "", name: "", isPlatformAdmin: false });
      router.refresh();
    } catch (error) {
      const problem = errors.server(error);
      let isOnAField = false;
      for (const [field, message] of Object.entries(problem.fields)) {
        const target = SERVER_FIELDS[field];
        if (!target) continue;
        form.setError(target, { message }, { shouldFocus: !isOnAField });
        isOnAField = true;
      }
      // Refusals of this address, said next to it.
      if (problem.accountError === "alreadyMember" || problem.accountError === "alreadyInvited") {
        form.setError("email", { message: problem.accountError }, { shouldFocus: true });
        isOnAField = true;
      }
      if (!isOnAField) setFormError(problem.form ?? tErrors("BAD_REQUEST"));
    }
  });

  const { errors: fieldErrors, isSubmitting } = form.formState;
  const rcpError = errors.field(fieldErrors.rcpId?.message);
  const roleError = errors.field(fieldErrors.role?.message);
  const localeError = errors.field(fieldErrors.locale?.message);
  return (
    <CardForm aria-labelledby={labelledBy} onSubmit={(event) => void onSubmit(event)}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <p role="status" className={notice ? "rounded bg-brand-soft px-3 py-2 text-sm" : "sr-only"}>
        {notice}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="invite-email"
          type="email"
          label={t("email")}
          autoComplete="off"
          error={errors.field(fieldErrors.email?.message)}
          {...form.register("email")}
        />
        <FormField
          id="invite-name"
          label={t("name")}
          autoComplete="off"
          error={errors.field(fieldErrors.name?.message)}
          {...form.register("name")}
        />
      </div>
      {choices && (
        <SelectField
          id="invite-rcp"
          label={t("rcp")}
          help={t("rcpHelp")}
          error={rcpError}
          emptyLabel={t("noRcp")}
          options={choices.map((choice) => ({ value: choice.id, label: choice.label }))}
          {...form.register("rcpId")}
        />
      )}
      {hasRcp && (
        <fieldset className="space-y-2" aria-describedby={roleError ? "invite-role-error" : undefined}>
          <legend className="text-sm font-medium">{t("role")}</legend>
          {INVITE_ROLES.map((role) => (
            <label key={role} className="flex items-start gap-2 text-sm">
              <input type="radio" value={role} className="mt-1" {...form.register("role")} />
              <span>{t(`role_${role}`)}</span>
            </label>
          ))}
          {roleError && (
            <p id="invite-role-error" className="text-sm font-medium text-danger">
              {roleError}
            </p>
          )}
        </fieldset>
      )}
      {canGrantAdmin && (
        <div className="space-y-1">
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1"
              aria-describedby={choices ? "invite-admin-help" : undefined}
              {...form.register("isPlatformAdmin")}
            />
            <span>{choices ? t("platformAdmin") : t("isPlatformAdmin")}</span>
          </label>
          {choices && (
            <p id="invite-admin-help" className="pl-6 text-sm text-muted">
              {t("platformAdminHelp")}
            </p>
          )}
        </div>
      )}
      <Field id="invite-locale" label={t("locale")} help={t("localeHint")} isHelpFirst error={localeError}>
        <select
          className="rounded border border-line bg-surface px-3 py-2"
          {...controlProps("invite-locale", { help: t("localeHint"), error: localeError })}
          {...form.register("locale")}
        >
          {locales.map((option) => (
            <option key={option} value={option}>
              {tLocale(option)}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton isPending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </CardForm>
  );
}
