import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { createCallerFactory, createTRPCRouter, protectedProcedure, publicProcedure } from "./trpc";

const router = createTRPCRouter({
  domain: publicProcedure.query(() => {
    throw new DomainError("CONFLICT", "CONFLICT");
  }),
  stale: publicProcedure.query(() => {
    throw new DomainError("CONFLICT", "CONFLICT", { current: { version: 3 } });
  }),
  crash: publicProcedure.query(() => {
    throw new Error('relation "secret_table" does not exist');
  }),
  validated: publicProcedure.input(z.object({ name: z.string().max(3) })).query(({ input }) => input.name),
  member: protectedProcedure.query(({ ctx }) => ctx.user.id),
});

const db = {} as TDb;
const callerFor = (user: null) => createCallerFactory(router)({ db, user });

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected a TRPCError");
}

describe("base procedures", () => {
  it("maps DomainError to its tRPC code", async () => {
    const error = await errorOf(callerFor(null).domain());
    expect(error.code).toBe("CONFLICT");
  });

  it("sends a domain error's details to the client", async () => {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/stale"),
      router,
      createContext: () => ({ db, user: null }),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: { json: { data: { code: "CONFLICT", details: { current: { version: 3 } } } } },
    });
  });

  it("keeps internal errors opaque to the client", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/crash"),
      router,
      createContext: () => ({ db, user: null }),
    });
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(body).not.toMatch(/secret_table|stack|at .*\.ts/);
    expect(JSON.parse(body)).toMatchObject({ error: { json: { message: "generic" } } });
    // The details go to the server log instead.
    expect(log).toHaveBeenCalledWith("tRPC crash failed", expect.any(Error));
    log.mockRestore();
  });

  it("rejects invalid input with BAD_REQUEST", async () => {
    const error = await errorOf(callerFor(null).validated({ name: "too long" }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("requires a session for protected procedures", async () => {
    expect((await errorOf(callerFor(null).member())).code).toBe("UNAUTHORIZED");
  });
  it.each([
    ["toString", "toString"],
    ["constructor", "_"],
    ["prototype", "_"],
    ["data.constructor", "data.constructor"],
  ])("answers a field error on the key %s as a 400, on field %s", async (key, field) => {
    // The raw JSON a client could send: the key arrives as an own property, holding a lone surrogate.
    const [outer, inner] = key.split(".") as [string, string | undefined];
    const value = inner ? `{"${inner}":"\\ud800"}` : `"\\ud800"`;
    const input = `{"json":{"name":"ok","${outer}":${value}}}`;
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/validated?input=${encodeURIComponent(input)}`),
      router,
      createContext: () => ({ db, user: null }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { data: { fieldErrors: object } } } };
    expect(Object.entries(body.error.json.data.fieldErrors)).toEqual([[field, ["invalidCharacters"]]]);
  });
});
