"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button } from "~/components/ui/button";
import type { TFollowTargetType } from "~/domain/follow/schema";
import { useRouter } from "~/i18n/use-router";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";

type TChoice = { targetId: string; name: string };

export type TFollowPickerLabels = {
  title: string;
  choose: string;
  add: string;
  failed: string;
  unknown: string;
};

/** Choose one more process, theme or country to follow; the page then lists it. */
export function FollowPicker(props: {
  targetType: TFollowTargetType;
  choices: TChoice[];
  labels: TFollowPickerLabels;
}) {
  const { targetType, choices, labels } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [targetId, setTargetId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = useMutation(trpc.follow.add.mutationOptions());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!targetId) return;
    setError(null);
    add.mutate(
      { targetType, targetId },
      {
        onSuccess: () => {
          setTargetId("");
          router.refresh();
        },
        onError: (failure) =>
          setError(decodeCallError(failure).key === "unknownFollowTarget" ? labels.unknown : labels.failed),
      },
    );
  };
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={id} className="block font-medium">
        {labels.title}
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          value={targetId}
          onChange={(event) => setTargetId(event.target.value)}
          className="max-w-full rounded border border-line bg-surface px-2 py-1.5"
        >
          <option value="">{labels.choose}</option>
          {choices.map((choice) => (
            <option key={choice.targetId} value={choice.targetId}>
              {choice.name}
            </option>
          ))}
        </select>
        <Button type="submit" size="sm" disabled={!targetId || add.isPending}>
          {labels.add}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}

/** Stop following one; the page then drops it. */
export function UnfollowButton(props: {
  targetType: TFollowTargetType;
  targetId: string;
  labels: { label: string; failed: string };
}) {
  const { targetType, targetId, labels } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.follow.remove.mutationOptions());
  const onClick = () => {
    setError(null);
    remove.mutate(
      { targetType, targetId },
      { onSuccess: () => router.refresh(), onError: () => setError(labels.failed) },
    );
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant="secondary" onClick={onClick} disabled={remove.isPending}>
        {labels.label}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
