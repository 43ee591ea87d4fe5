// Peer updates by email, read back from a real SMTP server: half-open digest windows, nothing for an
// empty one, never twice for one window, sent only once the server accepted it, a failed digest
// widened by the next, frequency changes that neither lose nor repeat, and tier markers.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient } from "~/server/db-client";
import { deliverDueMail } from "~/server/jobs/delivery";
import { createSmtpMailer, type TMailer } from "~/server/mail/mailer";
import { peerDigestKey, queuePeerDigests } from "~/server/peer-mail/digest";
import { peerEventKey, queuePeerEventMails, SETTLE_MS } from "~/server/peer-mail/immediate";
import { saveEmailPreference, unsubscribeWithToken } from "~/server/peer-mail/preferences";
import { freePort } from "../../scripts/lib/free-port";
import { activityIn, eventIn, personIn, rcpIn } from "../support/peer-mail";
import { createScratchDb, type TScratchDb } from "../support/scratch-db";
import { startTestSmtp, type TTestSmtp } from "../support/smtp";

let scratch: TScratchDb;
const db = () => scratch.db;
let smtp: TTestSmtp;
let mailer: TMailer;
let deadMailer: TMailer;

beforeAll(async () => {
  scratch = await createScratchDb();
  smtp = await startTestSmtp();
  mailer = createSmtpMailer({
    smtpUrl: smtp.url,
    from: "no-reply@test.localhost",
    appUrl: "http://app.test",
  });
  // Nothing listens there: every send fails as with a mail server that is down.
  deadMailer = createSmtpMailer({
    smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
    from: "no-reply@test.localhost",
    appUrl: "http://app.test",
  });
}, 60_000);
afterAll(async () => {
  await smtp.stop();
  await scratch.drop();
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
// Each test runs on its own days, later than the previous test's, so earlier people's cursors
// never stand in the way (a digest run reads everyone on its frequency).
let day = new Date("2026-03-02T06:00:00Z");
const nextDays = () => {
  day = at(day, 10 * DAY);
  return day;
};

const queuedTo = (email: string) =>
  db().mailDelivery.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

describe("digests", () => {
  it("cover [last digest, run time): an event at the boundary lands in exactly one, in the reader's language", async () => {
    const t0 = nextDays();
    const t1 = at(t0, DAY);
    const t2 = at(t1, DAY);
    const rcp = await rcpIn(db());
    const reader = await personIn(db(), {
      frequency: "DAILY",
      from: t0,
      follows: [{ type: "RCP", id: rcp.id }],
    });
    const french = await personIn(db(), {
      frequency: "DAILY",
      from: t0,
      locale: "fr",
      follows: [{ type: "RCP", id: rcp.id }],
    });
    const first = await activityIn(db(), { hostRcpIds: [rcp.id], title: "Inside workshop" });
    const boundary = await activityIn(db(), { hostRcpIds: [rcp.id], title: "Boundary workshop" });
    await eventIn(db(), { rcpId: rcp.id, activityId: first.id, at: at(t0, HOUR) });
    await eventIn(db(), { rcpId: rcp.id, activityId: boundary.id, at: t1 });

    await queuePeerDigests(db(), "DAILY", t1);
    await queuePeerDigests(db(), "DAILY", t1);
    await queuePeerDigests(db(), "DAILY", t2);
    await deliverDueMail(db(), mailer);

    const mails = [await smtp.nextMessageTo(reader.email), await smtp.nextMessageTo(reader.email)];
    expect(smtp.messagesTo(reader.email)).toHaveLength(2);
    expect(mails[0]?.subject).toBe("Your peers today: 1 update");
    expect(mails[0]?.text).toContain("posted Inside workshop (May 12, 2030).");
    expect(mails[0]?.text).not.toContain("Boundary workshop");
    expect(mails[1]?.text).toContain("posted Boundary workshop (May 12, 2030).");
    expect(mails[1]?.text).not.toContain("Inside workshop");
    const digests = await db().peerDigest.findMany({
      where: { userId: reader.id },
      orderBy: { windowStart: "asc" },
    });
    expect(digests.map((d) => [d.windowStart, d.windowEnd, d.mailKey])).toEqual([
      [t0, t1, peerDigestKey(reader.id, t0)],
      [t1, t2, peerDigestKey(reader.id, t1)],
    ]);
    expect((await queuedTo(reader.email)).every((mail) => mail.status === "SENT")).toBe(true);

    const inFrench = await smtp.nextMessageTo(french.email);
    expect(inFrench.subject).toBe("Vos pairs aujourd’hui\u00a0: 1 nouveauté");
    expect(inFrench.text).toContain("a publié Inside workshop (fr) (12 mai 2030).");
  });

  it("send nothing for an empty window, to a person who turned mail off, or of their own doing", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const follows = [{ type: "RCP" as const, id: rcp.id }];
    const quiet = await personIn(db(), {
      frequency: "DAILY",
      from: t0,
      follows: [{ type: "THEME", id: "none" }],
    });
    const off = await personIn(db(), { frequency: "OFF", from: t0, follows });
    const actor = await personIn(db(), { frequency: "DAILY", from: t0, follows });
    const activity = await activityIn(db(), { hostRcpIds: [rcp.id], title: "Own workshop" });
    await eventIn(db(), { rcpId: rcp.id, activityId: activity.id, at: at(t0, HOUR), actorId: actor.id });

    await queuePeerDigests(db(), "DAILY", at(t0, DAY));
    for (const person of [quiet, off, actor]) expect(await queuedTo(person.email)).toEqual([]);
    expect(await db().peerDigest.count({ where: { userId: { in: [quiet.id, off.id, actor.id] } } })).toBe(0);
  });

  it("are queued once for a window when two app instances run the schedule at once", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const reader = await personIn(db(), {
      frequency: "WEEKLY",
      from: t0,
      follows: [{ type: "RCP", id: rcp.id }],
    });
    await eventIn(db(), { rcpId: rcp.id, at: at(t0, HOUR) });
    const [one, two] = [createDbClient(scratch.url, 2), createDbClient(scratch.url, 2)];
    try {
      await Promise.all([
        queuePeerDigests(one, "WEEKLY", at(t0, 7 * DAY)),
        queuePeerDigests(two, "WEEKLY", at(t0, 7 * DAY)),
      ]);
    } finally {
      await Promise.all([one.$disconnect(), two.$disconnect()]);
    }
    expect((await queuedTo(reader.email)).map((mail) => mail.idempotencyKey)).toEqual([
      peerDigestKey(reader.id, t0),
    ]);
    expect(await db().peerDigest.count({ where: { userId: reader.id } })).toBe(1);
  });

  it("are not marked sent while the SMTP server refuses them, and are tried again", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const reader = await personIn(db(), {
      frequency: "DAILY",
      from: t0,
      follows: [{ type: "RCP", id: rcp.id }],
    });
    await eventIn(db(), { rcpId: rcp.id, at: at(t0, HOUR) });
    await queuePeerDigests(db(), "DAILY", at(t0, DAY));

    const start = new Date();
    await deliverDueMail(db(), deadMailer, { now: () => start });
    const [refused] = await queuedTo(reader.email);
    expect(refused).toMatchObject({ status: "QUEUED", attempts: 1, sentAt: null });
    expect(smtp.messagesTo(reader.email)).toHaveLength(0);

    await deliverDueMail(db(), mailer, { now: () => at(start, 60_000) });
    expect((await smtp.nextMessageTo(reader.email)).subject).toBe("Your peers today: 1 update");
    expect((await queuedTo(reader.email))[0]).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("that failed for good do not swallow their window: the next one covers it", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const reader = await personIn(db(), {
      frequency: "DAILY",
      from: t0,
      follows: [{ type: "RCP", id: rcp.id }],
    });
    const lost = await activityIn(db(), { hostRcpIds: [rcp.id], title: "Workshop of the failed digest" });
    const later = await activityIn(db(), { hostRcpIds: [rcp.id], title: "Workshop of the next day" });
    await eventIn(db(), { rcpId: rcp.id, activityId: lost.id, at: at(t0, HOUR) });
    await queuePeerDigests(db(), "DAILY", at(t0, DAY));
    await db().mailDelivery.updateMany({
      where: { to: reader.email },
      data: { status: "FAILED", attempts: 8, lastError: "550 mailbox unavailable" },
    });
    await eventIn(db(), { rcpId: rcp.id, activityId: later.id, at: at(t0, DAY + HOUR) });

    await queuePeerDigests(db(), "DAILY", at(t0, 2 * DAY));
    const [widened, ...others] = await queuedTo(reader.email);
    expect(others).toEqual([]);
    expect(widened).toMatchObject({
      idempotencyKey: peerDigestKey(reader.id, t0),
      status: "QUEUED",
      attempts: 0,
    });
    expect(
      await db().peerDigest.findMany({
        where: { userId: reader.id },
        select: { windowStart: true, windowEnd: true, eventCount: true },
      }),
    ).toEqual([{ windowStart: t0, windowEnd: at(t0, 2 * DAY), eventCount: 2 }]);
    await deliverDueMail(db(), mailer);
    const mail = await smtp.nextMessageTo(reader.email);
    expect(mail.text).toContain("Workshop of the failed digest");
    expect(mail.text).toContain("Workshop of the next day");
  });
});

describe("digest runs in batches", () => {
  it("queue each window once when two runs race over many people", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const readers = await Promise.all(
      Array.from({ length: 12 }, () =>
        personIn(db(), { frequency: "WEEKLY", from: t0, follows: [{ type: "RCP", id: rcp.id }] }),
      ),
    );
    await eventIn(db(), { rcpId: rcp.id, at: at(t0, HOUR) });
    const [one, two] = [createDbClient(scratch.url, 2), createDbClient(scratch.url, 2)];
    try {
      const reports = await Promise.all([
        queuePeerDigests(one, "WEEKLY", at(t0, 7 * DAY), { batchSize: 5 }),
        queuePeerDigests(two, "WEEKLY", at(t0, 7 * DAY), { batchSize: 3 }),
      ]);
      expect(reports.reduce((sum, report) => sum + report.queued, 0)).toBe(readers.length);
    } finally {
      await Promise.all([one.$disconnect(), two.$disconnect()]);
    }
    for (const reader of readers) {
      expect((await queuedTo(reader.email)).map((mail) => mail.idempotencyKey)).toEqual([
        peerDigestKey(reader.id, t0),
      ]);
    }
    const ids = readers.map((reader) => reader.id);
    expect(await db().peerDigest.count({ where: { userId: { in: ids } } })).toBe(readers.length);
  });

  it("move no cursor without its digest when a run fails mid-way, and the next run resumes", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const readers = (
      await Promise.all(
        Array.from({ length: 3 }, () =>
          personIn(db(), { frequency: "DAILY", from: t0, follows: [{ type: "RCP", id: rcp.id }] }),
        ),
      )
    ).sort((a, b) => (a.id < b.id ? -1 : 1));
    const [done, failing, later] = readers as [(typeof readers)[0], (typeof readers)[0], (typeof readers)[0]];
    await eventIn(db(), { rcpId: rcp.id, at: at(t0, HOUR) });
    // The database refuses the second person's digest, as a crash between two batches would stop the run.
    await db().$executeRawUnsafe(`
      CREATE FUNCTION refuse_digest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."userId" = '${failing.id}' THEN RAISE EXCEPTION 'simulated crash'; END IF;
        RETURN NEW;
      END $$`);
    await db().$executeRawUnsafe(
      `CREATE TRIGGER refuse_digest BEFORE INSERT ON "PeerDigest" FOR EACH ROW EXECUTE FUNCTION refuse_digest()`,
    );
    const run = at(t0, DAY);
    try {
      await expect(queuePeerDigests(db(), "DAILY", run, { batchSize: 1 })).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_digest ON "PeerDigest"`);
      await db().$executeRawUnsafe(`DROP FUNCTION refuse_digest()`);
    }
    const cursors = async () =>
      (
        await db().user.findMany({
          where: { id: { in: readers.map((reader) => reader.id) } },
          orderBy: { id: "asc" },
          select: { peerMailFrom: true },
        })
      ).map((user) => user.peerMailFrom);
    expect(await cursors()).toEqual([run, t0, t0]);
    expect((await queuedTo(done.email)).length).toBe(1);
    expect(await queuedTo(failing.email)).toEqual([]);
    expect(await queuedTo(later.email)).toEqual([]);

    await queuePeerDigests(db(), "DAILY", run, { batchSize: 1 });
    expect(await cursors()).toEqual([run, run, run]);
    for (const reader of readers) {
      expect((await queuedTo(reader.email)).map((mail) => mail.idempotencyKey)).toEqual([
        peerDigestKey(reader.id, t0),
      ]);
    }
  });
});

describe("as it happens", () => {
  it("queues one mail per event and person, once, leaving events still settling to the next run", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const reader = await personIn(db(), {
      frequency: "IMMEDIATE",
      from: t0,
      follows: [{ type: "THEME", id: "theme-labour-migration" }],
    });
    const activity = await activityIn(db(), { hostRcpIds: [rcp.id], title: "Labour workshop" });
    const themeIds = ["theme-labour-migration"];
    const one = await eventIn(db(), { rcpId: rcp.id, activityId: activity.id, at: at(t0, HOUR), themeIds });
    const two = await eventIn(db(), { rcpId: rcp.id, at: at(t0, 2 * HOUR), themeIds });
    const run = at(t0, 2 * HOUR + SETTLE_MS / 2);

    await queuePeerEventMails(db(), run);
    await queuePeerEventMails(db(), run);
    expect((await queuedTo(reader.email)).map((mail) => mail.idempotencyKey)).toEqual([
      peerEventKey(reader.id, one.id),
    ]);
    await queuePeerEventMails(db(), at(run, SETTLE_MS));
    expect((await queuedTo(reader.email)).map((mail) => mail.idempotencyKey)).toEqual([
      peerEventKey(reader.id, one.id),
      peerEventKey(reader.id, two.id),
    ]);
    await deliverDueMail(db(), mailer);
    const mail = await smtp.nextMessageTo(reader.email);
    expect(mail.subject).toMatch(/ posted Labour workshop \(May 12, 2030\)\.$/);
    expect(mail.text).toMatch(/\/en\/activities\/mail-activity-/);
  });
});

describe("changing frequency", () => {
  it("neither loses nor repeats an event; turning mail back on starts from then", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const reader = await personIn(db(), {
      frequency: "DAILY",
      from: t0,
      follows: [{ type: "RCP", id: rcp.id }],
    });
    const titles = ["Daily one", "Immediate two", "Weekly three", "While off four", "Back on five"];
    const activities = await Promise.all(
      titles.map((title) => activityIn(db(), { hostRcpIds: [rcp.id], title })),
    );
    const post = (index: number, time: Date) =>
      eventIn(db(), { rcpId: rcp.id, activityId: activities[index]?.id, at: time });

    await post(0, at(t0, HOUR));
    await queuePeerDigests(db(), "DAILY", at(t0, DAY));
    await post(1, at(t0, DAY + HOUR));
    await saveEmailPreference(db(), reader.id, "IMMEDIATE", at(t0, DAY + 2 * HOUR));
    await queuePeerEventMails(db(), at(t0, DAY + 3 * HOUR));
    await post(2, at(t0, DAY + 4 * HOUR));
    await saveEmailPreference(db(), reader.id, "WEEKLY", at(t0, DAY + 5 * HOUR));
    await queuePeerDigests(db(), "WEEKLY", at(t0, 2 * DAY));
    await saveEmailPreference(db(), reader.id, "OFF", at(t0, 2 * DAY + HOUR));
    await post(3, at(t0, 2 * DAY + 2 * HOUR));
    await saveEmailPreference(db(), reader.id, "DAILY", at(t0, 2 * DAY + 3 * HOUR));
    await post(4, at(t0, 2 * DAY + 4 * HOUR));
    await queuePeerDigests(db(), "DAILY", at(t0, 3 * DAY));

    const texts = (await queuedTo(reader.email)).map((mail) => mail.text);
    const mentions = titles.map((title) => texts.filter((text) => text.includes(title)).length);
    expect(mentions).toEqual([1, 1, 1, 0, 1]);
    expect(texts).toHaveLength(4);
  });
});

describe("who is told what", () => {
  it("never tells anyone of an event whose activity they may not see (tier markers)", async () => {
    const t0 = nextDays();
    const [host, coHost, other] = await Promise.all([rcpIn(db()), rcpIn(db()), rcpIn(db())]);
    const markers = {
      PUBLIC: "MARKER-MAIL-PUBLIC-7f3a",
      ALL_SECRETARIATS: "MARKER-MAIL-SECRETARIATS-7f3a",
      HOSTS: "MARKER-MAIL-HOSTS-7f3a",
    } as const;
    for (const [visibility, title] of Object.entries(markers)) {
      const activity = await activityIn(db(), {
        hostRcpIds: [host.id, coHost.id],
        title,
        visibility: visibility as keyof typeof markers,
      });
      await eventIn(db(), { rcpId: host.id, activityId: activity.id, at: at(t0, HOUR) });
    }
    const follows = [{ type: "RCP" as const, id: host.id }];
    const reader = (staff: { rcpId: string; role: "EDITOR" | "VIEWER" }[]) =>
      personIn(db(), { frequency: "DAILY", from: t0, follows, staff });
    const readers = {
      noSecretariat: await reader([]),
      otherEditor: await reader([{ rcpId: other.id, role: "EDITOR" }]),
      otherViewer: await reader([{ rcpId: other.id, role: "VIEWER" }]),
      hostEditor: await reader([{ rcpId: host.id, role: "EDITOR" }]),
      hostViewer: await reader([{ rcpId: host.id, role: "VIEWER" }]),
      coHostViewer: await reader([{ rcpId: coHost.id, role: "VIEWER" }]),
    };
    const admin = await personIn(db(), { frequency: "DAILY", from: t0, follows });
    await db().user.update({ where: { id: admin.id }, data: { platformRole: "ADMIN" } });
    const expected: Record<string, (keyof typeof markers)[]> = {
      noSecretariat: ["PUBLIC"],
      otherEditor: ["PUBLIC", "ALL_SECRETARIATS"],
      otherViewer: ["PUBLIC", "ALL_SECRETARIATS"],
      hostEditor: ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"],
      hostViewer: ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"],
      coHostViewer: ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"],
      admin: ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"],
    };

    await queuePeerDigests(db(), "DAILY", at(t0, DAY));
    for (const [who, person] of Object.entries({ ...readers, admin })) {
      const text = (await queuedTo(person.email)).map((mail) => mail.text).join("\n");
      const seen = (Object.keys(markers) as (keyof typeof markers)[]).filter((tier) =>
        text.includes(markers[tier]),
      );
      expect(seen, who).toEqual(expected[who]);
    }
  });

  it("puts a one-click unsubscribe in every mail, whose link turns mail off", async () => {
    const t0 = nextDays();
    const rcp = await rcpIn(db());
    const reader = await personIn(db(), {
      frequency: "DAILY",
      from: t0,
      follows: [{ type: "RCP", id: rcp.id }],
    });
    await eventIn(db(), { rcpId: rcp.id, at: at(t0, HOUR) });
    await queuePeerDigests(db(), "DAILY", at(t0, DAY));
    await deliverDueMail(db(), mailer);
    const mail = await smtp.nextMessageTo(reader.email);

    const header = /^<(https?:\/\/[^>]+\/api\/unsubscribe\/([^?>]+)\?locale=en)>$/.exec(
      mail.headers["list-unsubscribe"] ?? "",
    );
    expect(header, JSON.stringify(mail.headers)).not.toBeNull();
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const token = header?.[2] ?? "";
    expect(mail.text).toContain(`/en/unsubscribe/${token}`);

    // The link lasts 90 days from the mail (composed at the run's time).
    expect(await unsubscribeWithToken(db(), token, at(t0, 2 * DAY))).toMatchObject({
      status: "valid",
      isOff: true,
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: reader.id } })).toMatchObject({
      emailFrequency: "OFF",
    });
  });
});

describe("digest window", () => {
  // Runs last: it works on the real clock, later than every other test's days.
  it("leaves an event still committing to the next digest instead of passing it by", async () => {
    const rcp = await rcpIn(db());
    const activity = await activityIn(db(), { hostRcpIds: [rcp.id], title: "Workshop committed late" });
    const writer = new pg.Client({ connectionString: scratch.url });
    await writer.connect();
    try {
      await writer.query("SET TIME ZONE 'UTC'");
      await writer.query("BEGIN");
      const started = (await writer.query<{ now: Date }>("SELECT now()")).rows[0]?.now ?? new Date(0);
      const reader = await personIn(db(), {
        frequency: "DAILY",
        from: at(started, -HOUR),
        follows: [{ type: "RCP", id: rcp.id }],
      });
      await writer.query(
        `INSERT INTO "PeerEvent" ("kind", "rcpId", "activityId", "rcpIds", "themeIds", "countryCodes")
         VALUES ('ACTIVITY_POSTED', $1, $2, ARRAY[$1], '{}', '{}')`,
        [rcp.id, activity.id],
      );
      // A minute later: well past any fixed delay for settling, while the writer is still open.
      await queuePeerDigests(db(), "DAILY", at(started, 60_000));
      await writer.query("COMMIT");
      await queuePeerDigests(db(), "DAILY", at(started, DAY));

      const mails = await queuedTo(reader.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text).toContain("Workshop committed late");
    } finally {
      await writer.end();
    }
  });
});
