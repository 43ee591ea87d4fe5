"use client";

import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";

/** The reason a call failed, in the reader's language: the domain's own message when there is one. */
export function useErrorMessage() {
  const tAdmin = useTranslations("AdminErrors");
  const tErrors = useTranslations("Errors");
  return (error: unknown): string => {
    const { code, key } = decodeCallError(error);
    if (key && tAdmin.has(key as "lastAdmin")) return tAdmin(key as "lastAdmin");
    return code ? tErrors(code) : tErrors("generic");
  };
}

/** The field errors the server found, keyed by field (messages are AdminForm.errors keys). */
export function serverFieldErrors(error: unknown): Record<string, string> {
  return decodeCallError(error).fields;
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
