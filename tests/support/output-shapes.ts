// What an allowed call of each procedure must answer, for the authorization matrix: the fields a
// page reads, of the right kinds and about the records asked for. Accounts are strict: a field
// added to them (a password hash, a token) fails the matrix until it is decided here.
import { z } from "zod";
import { ZRcpLocalizedNames } from "~/domain/rcp/names";

const id = z.string().min(1);
const text = z.string();

/** An RCP's French and Spanish names as stored; null for a process that has none. */
const localizedNames = ZRcpLocalizedNames.nullable();
export const ZLocalized = z.object({ en: text }).catchall(text);
const date = z.date();
const platformRole = z.enum(["USER", "ADMIN"]);
const rcpRole = z.enum(["EDITOR", "VIEWER"]);

export const ZAccount = z
  .object({
    id,
    email: z.email(),
    name: text.nullable(),
    platformRole,
    disabledAt: date.nullable(),
    createdAt: date,
    rcpRoles: z.array(
      z.object({
        role: rcpRole,
        rcp: z.object({ id, slug: text, shortName: text, archivedAt: date.nullable() }).strict(),
      }),
    ),
  })
  .strict();

export const ZAdminRcp = z
  .object({
    id,
    slug: text,
    name: text,
    shortName: text,
    acronym: text.nullable(),
    yearEstablished: z.number().int(),
    region: text,
    secretariatKind: text,
    archivedAt: date.nullable(),
    createdAt: date,
    _count: z.object({ staff: z.number().int() }),
  })
  .strict();

export const ZAdminOrganisation = z
  .object({ id, code: text, acronym: text.nullable(), localizedAcronyms: z.unknown(), name: z.unknown() })
  .strict();

export const ZOpenInvitation = z
  .object({
    id,
    email: z.email(),
    name: text.nullable(),
    rcpRole: rcpRole.nullable(),
    locale: z.enum(["en", "fr", "es"]),
    createdAt: date,
    expiresAt: date,
    rcp: z.object({ id, shortName: text, archivedAt: date.nullable() }).nullable(),
    isPlatformAdmin: z.boolean(),
    isExpired: z.boolean(),
    invitedBy: text,
  })
  .strict();

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const ZAccountsPage = page(ZAccount);
export const ZInvitationsPage = page(ZOpenInvitation);

export const ZSavedProfile = z.object({
  version: z.number().int().min(2),
  changes: z.array(z.object({ field: text })).min(1),
  data: z.object({ name: text, shortName: text, description: ZLocalized }),
});

export const ZEditable = z.object({
  id,
  slug: text,
  shortName: text,
  version: z.number().int().min(1),
  data: z.object({ name: text, shortName: text, description: ZLocalized }),
  canEdit: z.boolean(),
  vocabulary: z.object({}).loose(),
});

export const ZDirectoryEntry = z.object({
  slug: text,
  name: text,
  shortName: text,
  localizedNames,
  region: text,
  yearEstablished: z.number().int(),
  memberCodes: z.array(text),
});

export const ZProfile = z.object({
  id,
  slug: text,
  name: text,
  shortName: text,
  localizedNames,
  description: ZLocalized,
  memberships: z.array(z.object({}).loose()),
});

export const ZStaffPage = z.object({
  rcp: z.object({ id, slug: text, shortName: text, name: text, localizedNames }).strict(),
  callerRole: rcpRole,
  canGrantAdmin: z.boolean(),
  members: z.array(
    z
      .object({
        userId: id,
        name: text.nullable(),
        email: z.email(),
        role: rcpRole,
        since: date,
        isDisabled: z.boolean(),
      })
      .strict(),
  ),
});

export const ZMe = z
  .object({
    id,
    email: z.email(),
    name: text.nullable(),
    platformRole,
    rcpRoles: z.array(
      z
        .object({
          role: rcpRole,
          rcp: z.object({ id, slug: text, shortName: text, localizedNames }).strict(),
        })
        .strict(),
    ),
  })
  .strict();

export const ZInvitationView = z.object({
  state: text,
  email: z.email(),
  isPlatformAdmin: z.boolean(),
  rcp: z.object({ shortName: text, name: text, localizedNames, role: rcpRole }).nullable(),
  hasAccount: z.boolean(),
  expiresAt: date,
});

export const ZAuditPage = z.object({
  entries: z.array(
    z.object({
      id,
      createdAt: date,
      action: text,
      actor: z.object({ id, email: z.email(), name: text.nullable() }).strict().nullable(),
    }),
  ),
  nextCursor: id.nullable(),
});

export const ZRevisionsPage = z.object({
  currentVersion: z.number().int().min(1),
  items: z.array(z.object({}).loose()),
  nextBefore: z.number().int().nullable(),
});

export const ZOverlap = z.object({
  rcps: z
    .array(z.object({ slug: text, shortName: text, localizedNames, region: text, members: z.number().int() }))
    .min(1),
  cells: z.array(
    z.object({ a: text, b: text, shared: z.number().int(), jaccard: z.number(), codes: z.array(text) }),
  ),
});

export const ZPeer = z.object({
  slug: text,
  shortName: text,
  localizedNames,
  sharedMembers: z.number().int(),
  sharedThemes: z.number().int(),
});

export const ZMatrixRow = z.object({
  slug: text,
  name: text,
  shortName: text,
  region: text,
  memberships: z.array(z.object({ role: text, participant: z.object({ code: text }).loose() })),
});

export const ZFounding = z.object({
  slug: text,
  shortName: text,
  localizedNames,
  name: text,
  yearEstablished: z.number().int(),
  region: text,
});

export const ZCountryEntry = z.object({
  code: text,
  kind: text,
  memberOf: z.array(z.object({ slug: text, shortName: text })),
  otherRoles: z.array(z.object({ slug: text, shortName: text, role: text })),
});

export const ZCountry = z.object({
  code: text,
  kind: text,
  memberships: z
    .array(z.object({ role: text, rcp: z.object({ slug: text, shortName: text }).loose() }))
    .min(1),
  chairTerms: z.array(z.object({}).loose()),
});

export const ZActivity = z.object({
  slug: text,
  title: ZLocalized,
  kind: text,
  startDate: date,
  rcps: z.array(z.object({ rcp: z.object({ slug: text, shortName: text }) })),
});

const ZAnyLocalized = z.object({ en: text.optional(), fr: text.optional(), es: text.optional() });
const ZHost = z.object({ slug: text, shortName: text, localizedNames }).strict();

export const ZActivitySummary = z.object({
  id,
  slug: text,
  title: ZAnyLocalized,
  kind: text,
  status: z.enum(["SCHEDULED", "POSTPONED", "CANCELLED"]),
  visibility: z.enum(["PUBLIC", "ALL_SECRETARIATS", "HOSTS"]),
  startDate: date,
  hosts: z.array(ZHost),
});

export const ZActivityPage = z
  .object({
    items: z.array(ZActivitySummary),
    nextCursor: z.object({ startDate: text, id }).strict().nullable(),
    previousCursor: z.object({ startDate: text, id }).strict().nullable(),
  })
  .strict();

export const ZActivityView = ZActivitySummary.extend({
  version: z.number().int(),
  updatedAt: date,
  updatedByName: text.nullable(),
  isReaderSecretariat: z.boolean(),
  canManage: z.boolean(),
  themes: z.array(z.object({ slug: text, label: ZLocalized })),
});

export const ZEditableActivity = z
  .object({
    id,
    version: z.number().int(),
    status: z.enum(["SCHEDULED", "POSTPONED", "CANCELLED"]),
    fields: z.object({ title: ZAnyLocalized, startDate: text, timeZone: text }).loose(),
  })
  .strict();

export const ZActivityDocument = z
  .object({
    id,
    kind: text,
    title: text,
    language: text,
    date: z.date().nullable(),
    visibility: z.enum(["PUBLIC", "ALL_SECRETARIATS", "HOSTS"]),
    mediaType: text,
    size: z.number().int(),
    version: z.number().int(),
    createdAt: z.date(),
  })
  .strict();
