"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "~/i18n/navigation";
import { ZAuditFilters, type TAuditFilters, type TAuditFiltersForm } from "~/domain/admin/audit-schema";
import { FormField, SelectField } from "~/components/ui/form-field";
import { SearchForm } from "~/components/ui/search-form";
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
  const input = (name: "actor" | "from" | "to") => ({
    id: `audit-${name}`,
    label: t(name),
    error: error(name),
    ...form.register(name),
  });
  const apply = (filters: TAuditFilters) => router.push(`/admin/audit${queryString(filters)}`);

  return (
    <SearchForm
      label={t("filters")}
      onSubmit={(event) => void form.handleSubmit(apply)(event)}
      className="sm:grid-cols-2 lg:grid-cols-6"
      actionsClassName="sm:col-span-2 lg:col-span-6"
      applyLabel={tAdmin("applyFilters")}
      clearHref="/admin/audit"
      clearLabel={tAdmin("clearFilters")}
    >
      <FormField type="search" maxLength={254} fieldClassName="space-y-1 sm:col-span-2" {...input("actor")} />
      <SelectField
        id="audit-action"
        label={t("action")}
        error={error("action")}
        emptyLabel={t("anyAction")}
        options={actions}
        {...form.register("action")}
      />
      <SelectField
        id="audit-rcpId"
        label={t("rcp")}
        error={error("rcpId")}
        emptyLabel={t("anyRcp")}
        options={rcps.map((rcp) => ({ value: rcp.id, label: rcp.label }))}
        {...form.register("rcpId")}
      />
      <FormField type="date" {...input("from")} />
      <FormField type="date" {...input("to")} />
    </SearchForm>
  );
}
