"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { useRouter } from "~/i18n/use-router";
import { useTRPC } from "~/trpc/react";
import { announceNotificationsChanged } from "./notifications-changed";

type TLabels = { label: string; failed: string };

function useAfterMarking() {
  const router = useRouter();
  return () => {
    announceNotificationsChanged();
    router.refresh();
  };
}

function Failure({ message }: { message: string | null }) {
  return message ? (
    <span role="alert" className="text-sm text-danger">
      {message}
    </span>
  ) : null;
}

/** `describedBy`: the sentence it marks, so each button says which notification it is for. */
export function MarkReadButton(props: { eventId: string; describedBy: string; labels: TLabels }) {
  const { eventId, labels } = props;
  const trpc = useTRPC();
  const after = useAfterMarking();
  const [error, setError] = useState<string | null>(null);
  const mark = useMutation(trpc.notification.markRead.mutationOptions());
  const onClick = () => {
    setError(null);
    mark.mutate({ eventId }, { onSuccess: after, onError: () => setError(labels.failed) });
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        onClick={onClick}
        disabled={mark.isPending}
        aria-describedby={props.describedBy}
      >
        {labels.label}
      </Button>
      <Failure message={error} />
    </span>
  );
}

export function MarkAllReadButton({ labels }: { labels: TLabels }) {
  const trpc = useTRPC();
  const after = useAfterMarking();
  const [error, setError] = useState<string | null>(null);
  const mark = useMutation(trpc.notification.markAllRead.mutationOptions());
  const onClick = () => {
    setError(null);
    mark.mutate(undefined, { onSuccess: after, onError: () => setError(labels.failed) });
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button onClick={onClick} disabled={mark.isPending}>
        {labels.label}
      </Button>
      <Failure message={error} />
    </span>
  );
}
