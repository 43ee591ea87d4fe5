"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Link, useRouter } from "~/i18n/navigation";
import { ZAuditFilters, type TAuditFilters, type TAuditFiltersForm } from "~/domain/admin/audit-schema";
import { buttonClass, controlProps, Field, inputClass } from "~/components/ui/form-field";
import { useFieldError } from "../field-error";
import { queryString } from "~/lib/search-params";

type TProps = {
  values: TAuditFilters;
  actions: { value: string; label: string }[];
  rcps: { id: string; label: string }[];
};

/** The audit log's filters; they live in the page's address, so a view can be shared. */
export function AuditFilters({ values, actions, rcps }: TProps) {
  const t = useTranslations("AdminAudit");
  const tAdmin = useTranslations("Admin");
  const fieldError = useFieldError();
  const router = useRouter();
  const form = useForm<TAuditFiltersForm, unknown, TAuditFilters>({
    resolver: zodResolver(ZAuditFilters),
    defaultValues: {
      actor: values.actor ?? "",
      action: values.action ?? "",
      rcpId: values.rcpId ?? "",
      from: values.from ?? "",
      to: values.to ?? "",
    },
  });
  const errors = form.formState.errors;
  const error = (name: keyof TAuditFiltersForm) => fieldError(errors[name]?.message);
  const control = (name: keyof TAuditFiltersForm) => controlProps(`audit-${name}`, { error: error(name) });
  const apply = (filters: TAuditFilters) => router.push(`/admin/audit${queryString(filters)}`);

  return (
    <form
      role="search"
      aria-label={t("filters")}
      noValidate
      onSubmit={(event) => void form.handleSubmit(apply)(event)}
      className="grid gap-4 rounded-card border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <Field id="audit-actor" label={t("actor")} error={error("actor")} className="space-y-1 sm:col-span-2">
        <input
          type="search"
          maxLength={254}
          className={inputClass}
          {...control("actor")}
          {...form.register("actor")}
        />
      </Field>
      <Field id="audit-action" label={t("action")} error={error("action")}>
        <select className={inputClass} {...control("action")} {...form.register("action")}>
          <option value="">{t("anyAction")}</option>
          {actions.map((action) => (
            <option key={action.value} value={action.value}>
              {action.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-rcpId" label={t("rcp")} error={error("rcpId")}>
        <select className={inputClass} {...control("rcpId")} {...form.register("rcpId")}>
          <option value="">{t("anyRcp")}</option>
          {rcps.map((rcp) => (
            <option key={rcp.id} value={rcp.id}>
              {rcp.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-from" label={t("from")} error={error("from")}>
        <input type="date" className={inputClass} {...control("from")} {...form.register("from")} />
      </Field>
      <Field id="audit-to" label={t("to")} error={error("to")}>
        <input type="date" className={inputClass} {...control("to")} {...form.register("to")} />
      </Field>
      <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonClass}>
          {tAdmin("applyFilters")}
        </button>
        <Link href="/admin/audit" className="py-2 font-medium">
          {tAdmin("clearFilters")}
        </Link>
      </div>
    </form>
  );
}
