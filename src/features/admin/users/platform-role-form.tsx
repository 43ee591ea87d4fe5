"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "~/trpc/react";
import { InlineMessage } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { controlProps, Field, inputClass } from "~/components/ui/form-field";
import { useFieldError } from "../field-error";
import { useAdminMutation } from "../use-admin-mutation";
import {
  PLATFORM_ROLES,
  ZSetPlatformRoleInput,
  type TSetPlatformRoleInput,
} from "~/domain/admin/user-schema";
import type { TManagedUser } from "./managed-user";

export function PlatformRoleForm({ user }: { user: TManagedUser }) {
  const t = useTranslations("AdminUsers");
  const tAdmin = useTranslations("Admin");
  const fieldError = useFieldError();
  const trpc = useTRPC();
  const mutation = useAdminMutation(trpc.admin.setPlatformRole.mutationOptions());
  const form = useForm<TSetPlatformRoleInput>({
    resolver: zodResolver(ZSetPlatformRoleInput),
    defaultValues: { userId: user.id, role: user.platformRole },
  });
  const id = `platform-role-${user.id}-select`;
  const error = fieldError(form.formState.errors.role?.message);
  const [isSaved, setIsSaved] = useState(false);

  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(async (values) => {
          setIsSaved(await mutation.run(values));
        })(event)
      }
      className="flex flex-wrap items-end gap-3"
    >
      {user.isSelf && (
        <p id={`${id}-help`} className="w-full text-sm font-medium">
          {t("ownRoleWarning")}
        </p>
      )}
      <Field id={id} label={t("platformRoleHeading")} isLabelHidden error={error}>
        <select
          className={inputClass}
          {...controlProps(id, { error, help: user.isSelf ? t("ownRoleWarning") : undefined })}
          {...form.register("role", { onChange: () => setIsSaved(false) })}
        >
          {PLATFORM_ROLES.map((role) => (
            <option key={role} value={role}>
              {tAdmin(`platformRole.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton isPending={mutation.isPending} label={t("saveRole")} pendingLabel={tAdmin("saving")} />
      <InlineMessage tone="error" className="w-full">
        {mutation.error}
      </InlineMessage>
      {isSaved && (
        <InlineMessage tone="success" className="w-full font-normal">
          {t("saved")}
        </InlineMessage>
      )}
    </form>
  );
}
