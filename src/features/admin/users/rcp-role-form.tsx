"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "~/trpc/react";
import { buttonClass, controlProps, Field, inputClass } from "~/components/ui/form-field";
import { useFieldError } from "../field-error";
import { serverFieldErrors, useAdminMutation } from "../use-admin-mutation";
import { RCP_ROLES, ZSetRcpRoleInput, type TSetRcpRoleInput } from "~/domain/admin/user-schema";
import type { TManagedUser, TRcpOption } from "./managed-user";

type TForm = z.input<typeof ZSetRcpRoleInput>;
const emptyFor = (userId: string): TForm => ({ userId, rcpId: "", role: "" });

/** Gives the account a role in an RCP, or changes the one it has there. */
export function RcpRoleForm({ user, rcps }: { user: TManagedUser; rcps: TRcpOption[] }) {
  const t = useTranslations("AdminUsers");
  const tAdmin = useTranslations("Admin");
  const fieldError = useFieldError();
  const trpc = useTRPC();
  const mutation = useAdminMutation(trpc.admin.setRcpRole.mutationOptions());
  const form = useForm<TForm, unknown, TSetRcpRoleInput>({
    resolver: zodResolver(ZSetRcpRoleInput),
    defaultValues: emptyFor(user.id),
  });
  const errors = form.formState.errors;
  const rcpId = `rcp-role-${user.id}-rcp`;
  const roleId = `rcp-role-${user.id}-role`;
  const rcpError = fieldError(errors.rcpId?.message);
  const roleError = fieldError(errors.role?.message);

  async function save(values: TSetRcpRoleInput) {
    if (await mutation.run(values)) {
      form.reset(emptyFor(user.id));
      return;
    }
    for (const [field, message] of Object.entries(serverFieldErrors(mutation.rawError))) {
      if (field === "rcpId" || field === "role") form.setError(field, { message });
    }
  }

  return (
    <form
      noValidate
      aria-label={t("addRoleHeading")}
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      className="space-y-3 rounded border border-line p-3"
    >
      <p className="text-sm font-medium">{t("addRoleHeading")}</p>
      <div className="flex flex-wrap items-start gap-3">
        <Field id={rcpId} label={t("rcp")} error={rcpError} className="min-w-48 flex-1 space-y-1">
          <select
            className={inputClass}
            {...controlProps(rcpId, { error: rcpError })}
            {...form.register("rcpId")}
          >
            <option value="">{t("chooseRcp")}</option>
            {rcps.map((rcp) => (
              <option key={rcp.id} value={rcp.id}>
                {rcp.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={roleId} label={t("role")} error={roleError}>
          <select
            className={inputClass}
            {...controlProps(roleId, { error: roleError })}
            {...form.register("role")}
          >
            <option value="">{t("chooseRole")}</option>
            {RCP_ROLES.map((role) => (
              <option key={role} value={role}>
                {tAdmin(`rcpRole.${role}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" disabled={mutation.isPending} className={buttonClass}>
        {mutation.isPending ? tAdmin("saving") : t("saveRole")}
      </button>
      {mutation.error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {mutation.error}
        </p>
      )}
    </form>
  );
}
