"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "~/i18n/navigation";
import { FormField, SelectField } from "~/components/ui/form-field";
import { SearchForm } from "~/components/ui/search-form";
import { useFieldError } from "../field-error";
import { queryString } from "~/lib/search-params";
import {
  PLATFORM_ROLES,
  RCP_ROLES,
  ZUserFilters,
  type TUserFilters,
  type TUserFiltersForm,
} from "~/domain/admin/user-schema";

type TProps = { values: TUserFilters; rcps: { id: string; label: string }[] };

/** Search and filters of the users table; they live in the page's address, so views can be shared. */
export function UserFilters({ values, rcps }: TProps) {
  const t = useTranslations("AdminUsers");
  const tAdmin = useTranslations("Admin");
  const fieldError = useFieldError();
  const router = useRouter();
  const form = useForm<TUserFiltersForm, unknown, TUserFilters>({
    resolver: zodResolver(ZUserFilters),
    defaultValues: {
      q: values.q ?? "",
      rcpId: values.rcpId ?? "",
      platformRole: values.platformRole ?? "",
      rcpRole: values.rcpRole ?? "",
      status: values.status ?? "",
    },
  });
  const errors = form.formState.errors;
  const apply = (filters: TUserFilters) => router.push(`/admin/users${queryString(filters)}`);
  const select = (name: "rcpId" | "platformRole" | "rcpRole" | "status") => ({
    id: `users-${name}`,
    label: t(name === "rcpId" ? "rcp" : name),
    error: fieldError(errors[name]?.message),
    ...form.register(name),
  });

  return (
    <SearchForm
      label={t("filters")}
      onSubmit={(event) => void form.handleSubmit(apply)(event)}
      className="sm:grid-cols-2 lg:grid-cols-5"
      actionsClassName="lg:col-span-4"
      applyLabel={tAdmin("applyFilters")}
      clearHref="/admin/users"
      clearLabel={tAdmin("clearFilters")}
    >
      <FormField
        id="users-q"
        type="search"
        maxLength={200}
        label={t("search")}
        error={fieldError(errors.q?.message)}
        fieldClassName="space-y-1 lg:col-span-2"
        {...form.register("q")}
      />
      <SelectField
        emptyLabel={t("anyRcp")}
        options={rcps.map((rcp) => ({ value: rcp.id, label: rcp.label }))}
        {...select("rcpId")}
      />
      <SelectField
        emptyLabel={t("anyRcpRole")}
        options={RCP_ROLES.map((role) => ({ value: role, label: tAdmin(`rcpRole.${role}`) }))}
        {...select("rcpRole")}
      />
      <SelectField
        emptyLabel={t("anyPlatformRole")}
        options={PLATFORM_ROLES.map((role) => ({ value: role, label: tAdmin(`platformRole.${role}`) }))}
        {...select("platformRole")}
      />
      <SelectField
        emptyLabel={t("anyStatus")}
        options={[
          { value: "active", label: t("statusActive") },
          { value: "disabled", label: t("statusDisabled") },
        ]}
        {...select("status")}
      />
    </SearchForm>
  );
}
