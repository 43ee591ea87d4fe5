import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField } from "~/components/ui/form-field";

type TProps = {
  labels: { password: string; confirm: string };
  /** Already translated. */
  errors: { password?: string; confirm?: string };
  register: { password: UseFormRegisterReturn; confirm: UseFormRegisterReturn };
};

/** A new password and its confirmation, with the rules a password must follow. */
export function NewPasswordFields({ labels, errors, register }: TProps) {
  const t = useTranslations("Password");
  return (
    <>
      <FormField
        id="password"
        type="password"
        label={labels.password}
        hint={t("hint")}
        autoComplete="new-password"
        error={errors.password}
        {...register.password}
      />
      <FormField
        id="confirm"
        type="password"
        label={labels.confirm}
        autoComplete="new-password"
        error={errors.confirm}
        {...register.confirm}
      />
    </>
  );
}
