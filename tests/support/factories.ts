// Unique test data, so integration tests run in parallel without cleaning up after each other.
import { randomUUID } from "node:crypto";
import { createCaller } from "~/server/api/root";
import type { TSessionUser } from "~/server/auth/session";
import { testDb } from "./db";

const unique = () => randomUUID().slice(0, 8);

export async function createRcp(overrides: { shortName?: string } = {}) {
  const id = unique();
  return testDb().rcp.create({
    data: {
      slug: `test-rcp-${id}`,
      name: `Test Consultative Process ${id}`,
      shortName: overrides.shortName ?? `Test RCP ${id}`,
      yearEstablished: 2001,
      region: "AFRICA",
      description: { en: "A process created by a test." },
      secretariatKind: "FIXED",
    },
    select: { id: true, slug: true, version: true },
  });
}

type TUserOptions = {
  platformRole?: "USER" | "ADMIN";
  staff?: { rcpId: string; role: "EDITOR" | "VIEWER" }[];
  passwordHash?: string;
};

export async function createUser(options: TUserOptions = {}): Promise<TSessionUser> {
  const email = `user-${unique()}@example.org`;
  const user = await testDb().user.create({
    data: {
      email,
      name: `Test user ${email}`,
      platformRole: options.platformRole ?? "USER",
      passwordHash: options.passwordHash,
      rcpRoles: { create: options.staff ?? [] },
    },
    select: { id: true, email: true, name: true, platformRole: true },
  });
  return user;
}

export const callerFor = (user: TSessionUser | null) => createCaller({ db: testDb(), user });

export type TActor = "anonymous" | "outsider" | "viewer" | "editor" | "admin";
export const ACTORS: readonly TActor[] = ["anonymous", "outsider", "viewer", "editor", "admin"];

/** One RCP and a user of each kind around it: the cast of every authorization test. */
export async function createCast() {
  const [rcp, otherRcp] = await Promise.all([createRcp(), createRcp()]);
  const users = {
    anonymous: null,
    outsider: await createUser({ staff: [{ rcpId: otherRcp.id, role: "EDITOR" }] }),
    viewer: await createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] }),
    editor: await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] }),
    admin: await createUser({ platformRole: "ADMIN" }),
  } satisfies Record<TActor, TSessionUser | null>;
  return { rcp, otherRcp, users };
}
