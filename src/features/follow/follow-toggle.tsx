"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import type { TFollowTargetType } from "~/domain/follow/schema";
import { useTRPC } from "~/trpc/react";

export type TFollowToggleLabels = { follow: string; following: string; hint: string; failed: string };

type TProps = {
  targetType: TFollowTargetType;
  targetId: string;
  isFollowing: boolean;
  labels: TFollowToggleLabels;
};

/**
 * Follow or stop following, shown at once (slow connections wait for nothing) and put back if the
 * server refuses. aria-pressed tells screen readers the state; the hint says what following does.
 */
export function FollowToggle({ targetType, targetId, isFollowing: initial, labels }: TProps) {
  const trpc = useTRPC();
  const [isFollowing, setIsFollowing] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const add = useMutation(trpc.follow.add.mutationOptions());
  const remove = useMutation(trpc.follow.remove.mutationOptions());
  const hintId = `follow-hint-${targetType}-${targetId}`;

  const toggle = () => {
    const next = !isFollowing;
    setIsFollowing(next);
    setError(null);
    (next ? add : remove).mutate(
      { targetType, targetId },
      {
        onError: () => {
          setIsFollowing(!next);
          setError(labels.failed);
        },
      },
    );
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        size="sm"
        variant={isFollowing ? "secondary" : "outline"}
        aria-pressed={isFollowing}
        aria-describedby={hintId}
        onClick={toggle}
      >
        <span aria-hidden="true">{isFollowing ? "✓" : "+"}</span>
        {isFollowing ? labels.following : labels.follow}
      </Button>
      <span id={hintId} className="text-sm text-muted">
        {labels.hint}
      </span>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </div>
  );
}
