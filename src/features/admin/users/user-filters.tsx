"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Link, useRouter } from "~/i18n/navigation";
import { buttonClass, controlProps, Field, inputClass } from "~/components/ui/form-field";
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
  const select = (name: "rcpId" | "platformRole" | "rcpRole" | "status") =>
    controlProps(`users-${name}`, { error: fieldError(errors[name]?.message) });

  return (
    <form
      role="search"
      aria-label={t("filters")}
      noValidate
      onSubmit={(event) => void form.handleSubmit(apply)(event)}
      className="grid gap-4 rounded-card border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <Field
        id="users-q"
        label={t("search")}
        error={fieldError(errors.q?.message)}
        className="space-y-1 lg:col-span-2"
      >
        <input
          type="search"
          maxLength={200}
          className={inputClass}
          {...controlProps("users-q", { error: fieldError(errors.q?.message) })}
          {...form.register("q")}
        />
      </Field>
      <Field id="users-rcpId" label={t("rcp")} error={fieldError(errors.rcpId?.message)}>
        <select className={inputClass} {...select("rcpId")} {...form.register("rcpId")}>
          <option value="">{t("anyRcp")}</option>
          {rcps.map((rcp) => (
            <option key={rcp.id} value={rcp.id}>
              {rcp.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="users-rcpRole" label={t("rcpRole")} error={fieldError(errors.rcpRole?.message)}>
        <select className={inputClass} {...select("rcpRole")} {...form.register("rcpRole")}>
          <option value="">{t("anyRcpRole")}</option>
          {RCP_ROLES.map((role) => (
            <option key={role} value={role}>
              {tAdmin(`rcpRole.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="users-platformRole"
        label={t("platformRole")}
        error={fieldError(errors.platformRole?.message)}
      >
        <select className={inputClass} {...select("platformRole")} {...form.register("platformRole")}>
          <option value="">{t("anyPlatformRole")}</option>
          {PLATFORM_ROLES.map((role) => (
            <option key={role} value={role}>
              {tAdmin(`platformRole.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="users-status" label={t("status")} error={fieldError(errors.status?.message)}>
        <select className={inputClass} {...select("status")} {...form.register("status")}>
          <option value="">{t("anyStatus")}</option>
          <option value="active">{t("statusActive")}</option>
          <option value="disabled">{t("statusDisabled")}</option>
        </select>
      </Field>
      <div className="flex flex-wrap items-end gap-4 lg:col-span-4">
        <button type="submit" className={buttonClass}>
          {tAdmin("applyFilters")}
        </button>
        <Link href="/admin/users" className="py-2 font-medium">
          {tAdmin("clearFilters")}
        </Link>
      </div>
    </form>
  );
}
