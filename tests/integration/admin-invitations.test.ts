// The administration's list of open invitations, across RCPs. Counted on a database of its own:
// the shared test database holds the invitations of every other test file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import type { TSessionUser } from "~/server/auth/session";
import { createToken } from "~/server/auth/token";
import { createOutboxMailer } from "~/server/mail/mailer";
import { roomyAuthLimits, TEST_APP_URL } from "../support/factories";
import { createScratchDb, type TScratchDb } from "../support/scratch-db";

let scratch: TScratchDb;
let admin: TSessionUser;
let editor: TSessionUser;
let bali: { id: string };
let archived: { id: string };

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  scratch = await createScratchDb();
  const rcp = (slug: string, archivedAt: Date | null = null) =>
    scratch.db.rcp.create({
      data: {
        slug,
        name: `${slug} process`,
        shortName: slug,
        yearEstablished: 2002,
        region: "ASIA_OCEANIA",
        description: { en: "" },
        secretariatKind: "FIXED",
        archivedAt,
      },
      select: { id: true },
    });
  [bali, archived] = [await rcp("bali"), await rcp("dormant", new Date())];
  const user = (email: string, platformRole: "USER" | "ADMIN", staff: { rcpId: string }[] = []) =>
    scratch.db.user.create({
      data: {
        email,
        name: null,
        platformRole,
        rcpRoles: { create: staff.map((s) => ({ ...s, role: "EDITOR" as const })) },
      },
      select: { id: true, email: true, name: true, platformRole: true },
    });
  admin = await user("admin@example.org", "ADMIN");
  editor = await user("editor@example.org", "USER", [{ rcpId: bali.id }]);
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const as = (user: TSessionUser) =>
  createCaller({
    db: scratch.db,
    user,
    mailer: createOutboxMailer({ db: scratch.db, appUrl: TEST_APP_URL }),
    limits: roomyAuthLimits(),
    clientIp: "198.51.100.7",
  });

let minutesAgo = 1000;
/** An invitation written directly, each one a minute newer than the previous. */
async function invitation(options: {
  email: string;
  rcpId?: string;
  isPlatformAdmin?: boolean;
  state?: "open" | "expired" | "accepted" | "revoked";
}) {
  minutesAgo -= 1;
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  const state = options.state ?? "open";
  return scratch.db.invitation.create({
    data: {
      tokenHash: createToken().tokenHash,
      email: options.email,
      rcpId: options.rcpId ?? null,
      rcpRole: options.rcpId ? "VIEWER" : null,
      platformRole: options.isPlatformAdmin ? "ADMIN" : "USER",
      invitedById: admin.id,
      createdAt,
      expiresAt: new Date(Date.now() + (state === "expired" ? -DAY : 7 * DAY)),
      acceptedAt: state === "accepted" ? new Date() : null,
      revokedAt: state === "revoked" ? new Date() : null,
    },
    select: { id: true },
  });
}

describe("admin.listInvitations", () => {
  it("lists every open invitation of the platform, newest first, expired ones flagged", async () => {
    await invitation({ email: "expired@example.org", rcpId: bali.id, state: "expired" });
    await invitation({ email: "accepted@example.org", rcpId: bali.id, state: "accepted" });
    await invitation({ email: "revoked@example.org", rcpId: bali.id, state: "revoked" });
    await invitation({ email: "to-archived@example.org", rcpId: archived.id });
    await invitation({ email: "admin-only@example.org", isPlatformAdmin: true });

    const { items, total } = await as(admin).admin.listInvitations({});
    expect(total).toBe(3);
    expect(
      items.map((item) => [item.email, item.rcp?.shortName ?? null, item.isPlatformAdmin, item.isExpired]),
    ).toEqual([
      ["admin-only@example.org", null, true, false],
      ["to-archived@example.org", "dormant", false, false],
      ["expired@example.org", "bali", false, true],
    ]);
    expect(items[1]?.rcp?.archivedAt).toBeInstanceOf(Date);
    expect(items[0]).toMatchObject({ rcpRole: null, invitedBy: "admin@example.org" });
    expect(JSON.stringify(items)).not.toMatch(/tokenHash/);
  });

  it("pages through them", async () => {
    // The three open invitations of the previous test.
    const pages = await Promise.all(
      [1, 2, 3].map((page) => as(admin).admin.listInvitations({ page, pageSize: 2 })),
    );
    expect(pages.map((page) => [page.items.length, page.total])).toEqual([
      [2, 3],
      [1, 3],
      [0, 3],
    ]);
    expect(pages.flatMap((page) => page.items.map((item) => item.email))).toEqual([
      "admin-only@example.org",
      "to-archived@example.org",
      "expired@example.org",
    ]);
  });

  it("shows what an administrator invites from the users page, until it is withdrawn", async () => {
    const platformOnly = await as(admin).invitation.create({
      email: "New.Admin@Example.org",
      name: "",
      locale: "es",
      isPlatformAdmin: true,
      rcp: null,
    });
    const toBali = await as(admin).invitation.create({
      email: "secretariat@example.org",
      name: "Ana Secretariat",
      locale: "fr",
      rcp: { rcpId: bali.id, role: "EDITOR" },
    });
    expect([platformOnly.isMailSent, toBali.isMailSent]).toEqual([true, true]);

    const listed = (await as(admin).admin.listInvitations({})).items;
    expect(listed.slice(0, 2)).toMatchObject([
      {
        id: toBali.id,
        email: "secretariat@example.org",
        name: "Ana Secretariat",
        rcpRole: "EDITOR",
        rcp: { id: bali.id },
      },
      { id: platformOnly.id, email: "new.admin@example.org", name: null, rcp: null, isPlatformAdmin: true },
    ]);

    // The editor of the RCP sees the one to their RCP on its staff page, never the platform's.
    const staffPage = await as(editor).invitation.listPending({ rcpId: bali.id });
    expect(staffPage.map((item) => item.id)).toContain(toBali.id);
    expect(staffPage.map((item) => item.id)).not.toContain(platformOnly.id);
    await expect(as(editor).admin.listInvitations({})).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { total } = await as(admin).admin.listInvitations({});
    await as(admin).invitation.resend({ id: platformOnly.id });
    await as(admin).invitation.revoke({ id: toBali.id });
    const after = await as(admin).admin.listInvitations({});
    expect(after.total).toBe(total - 1);
    expect(after.items.map((item) => item.id)).toContain(platformOnly.id);
    expect(after.items.map((item) => item.id)).not.toContain(toBali.id);
    // Both were mailed, and the platform-wide one once more when it was resent.
    expect(
      await scratch.db.outboxMessage.count({
        where: { to: { in: ["new.admin@example.org", "secretariat@example.org"] } },
      }),
    ).toBe(3);
  });
});
