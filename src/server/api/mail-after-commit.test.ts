// A mutation that committed nudges mail delivery, so what it queued leaves at once; reads and
// refused mutations do not.
import { describe, expect, it, vi } from "vitest";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TJobRunner } from "~/server/jobs/runner";
import { registerAppJobs } from "~/server/jobs/wake";
import { createCallerFactory, createTRPCRouter, publicProcedure } from "./trpc";

const router = createTRPCRouter({
  read: publicProcedure.query(() => "read"),
  change: publicProcedure.mutation(() => "changed"),
  refused: publicProcedure.mutation(() => {
    throw new DomainError("CONFLICT", "CONFLICT");
  }),
});

describe("mail after commit", () => {
  it("wakes delivery after a successful mutation only", async () => {
    const wake = vi.fn<TJobRunner["wake"]>().mockResolvedValue(true);
    registerAppJobs({ start: vi.fn(), stop: vi.fn(), wake });
    const caller = createCallerFactory(router)({ db: {} as TDb, user: null });

    await caller.read();
    await expect(caller.refused()).rejects.toThrow();
    expect(wake).not.toHaveBeenCalled();

    await caller.change();
    await vi.waitFor(() => expect(wake).toHaveBeenCalledOnce());
  });
});
