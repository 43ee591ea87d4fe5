"use client";

import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import type { AppRouter } from "~/server/api/root";

/** The reason a call failed, in the reader's language: the domain's own message when there is one. */
export function useErrorMessage() {
  const tAdmin = useTranslations("AdminErrors");
  const tErrors = useTranslations("Errors");
  return (error: unknown): string => {
    if (error instanceof TRPCClientError) {
      const { message } = error as TRPCClientError<AppRouter>;
      if (tAdmin.has(message as "lastAdmin")) return tAdmin(message as "lastAdmin");
      const code = (error as TRPCClientError<AppRouter>).data?.code;
      if (code && tErrors.has(code as "CONFLICT")) return tErrors(code as "CONFLICT");
    }
    return tErrors("generic");
  };
}

/** The field errors the server found, keyed by field (messages are AdminForm.errors keys). */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const fieldErrors = (error as TRPCClientError<AppRouter>).data?.fieldErrors ?? {};
  const result = Object.fromEntries(
    Object.entries(fieldErrors).flatMap(([field, messages]) => (messages[0] ? [[field, messages[0]]] : [])),
  );
  if (error.message === "slugTaken") result.slug = "slugTaken";
  return result;
}

/**
 * A mutation of the administration: on success the page's server data is read again, so every
 * table shows the database as it now is; on failure `error` says why.
 */
export function useAdminMutation<TInput, TOutput, TError>(
  options: UseMutationOptions<TOutput, TError, TInput>,
) {
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation(options);
  async function run(input: TInput): Promise<boolean> {
    setError(null);
    try {
      await mutation.mutateAsync(input);
      router.refresh();
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    }
  }
  return { run, error, isPending: mutation.isPending, rawError: mutation.error };
}
