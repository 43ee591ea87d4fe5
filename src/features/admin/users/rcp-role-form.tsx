"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "~/trpc/react";
import { InlineMessage } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { SelectField } from "~/components/ui/form-field";
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
        <SelectField
          id={rcpId}
          label={t("rcp")}
          error={rcpError}
          fieldClassName="min-w-48 flex-1 space-y-1"
          emptyLabel={t("chooseRcp")}
          options={rcps.map((rcp) => ({ value: rcp.id, label: rcp.label }))}
          {...form.register("rcpId")}
        />
        <SelectField
          id={roleId}
          label={t("role")}
          error={roleError}
          emptyLabel={t("chooseRole")}
          options={RCP_ROLES.map((role) => ({ value: role, label: tAdmin(`rcpRole.${role}`) }))}
          {...form.register("role")}
        />
      </div>
      <SubmitButton isPending={mutation.isPending} label={t("saveRole")} pendingLabel={tAdmin("saving")} />
      <InlineMessage tone="error">{mutation.error}</InlineMessage>
    </form>
  );
}
