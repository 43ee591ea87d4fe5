-- Search speed: each entry carries what decides who may see it and what its filters test (the tier,
-- the activity's accepted hosts and themes, its dates, whether its process is archived), so that a
-- search reads the search table alone and walks it newest first until it has enough matches,
-- instead of joining every match to its activity. The same triggers that write an entry fill them;
-- those below keep them in step when an activity, a document or a process changes.

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "endDate" DATE,
ADD COLUMN     "hostRcpIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "startDate" DATE,
ADD COLUMN     "themeIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "tier" "Visibility";

-- CreateIndex
CREATE INDEX "SearchEntry_hostRcpIds_idx" ON "SearchEntry" USING GIN ("hostRcpIds");

-- CreateIndex
CREATE INDEX "SearchEntry_themeIds_idx" ON "SearchEntry" USING GIN ("themeIds");

-- CreateIndex
CREATE INDEX "SearchEntry_startDate_idx" ON "SearchEntry"("startDate" DESC);

-- The narrower of two tiers: who may see both (a document and its activity). The tiers' audiences
-- are nested (the hosts are secretariats), so the narrower one is exactly their intersection.
CREATE FUNCTION "narrower_visibility"(a "Visibility", b "Visibility") RETURNS "Visibility"
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN a = 'HOSTS' OR b = 'HOSTS' THEN 'HOSTS'
    WHEN a = 'ALL_SECRETARIATS' OR b = 'ALL_SECRETARIATS' THEN 'ALL_SECRETARIATS'
    ELSE 'PUBLIC' END::"Visibility"
$$;

-- The audience and filter columns of an activity's entries and of its documents' entries.
CREATE FUNCTION "search_sync_activity"(activity_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchEntry" e SET "tier" = a."visibility", "hostRcpIds" = a."hostRcpIds", "themeIds" = a."themeIds",
    "startDate" = a."startDate", "endDate" = COALESCE(a."endDate", a."startDate")
  FROM "Activity" a
  WHERE a."id" = activity_id AND e."entityType" = 'ACTIVITY' AND e."entityId" = a."id";
  UPDATE "SearchEntry" e SET "tier" = "narrower_visibility"(d."visibility", a."visibility"),
    "hostRcpIds" = a."hostRcpIds", "themeIds" = a."themeIds",
    "startDate" = COALESCE(d."date", a."startDate"), "endDate" = COALESCE(d."date", a."startDate")
  FROM "ActivityDocument" d JOIN "Activity" a ON a."id" = d."activityId"
  WHERE d."activityId" = activity_id AND e."entityType" = 'DOCUMENT' AND e."entityId" = d."id";
END
$$;

CREATE FUNCTION "search_sync_document"(document_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchEntry" e SET "tier" = "narrower_visibility"(d."visibility", a."visibility"),
    "hostRcpIds" = a."hostRcpIds", "themeIds" = a."themeIds",
    "startDate" = COALESCE(d."date", a."startDate"), "endDate" = COALESCE(d."date", a."startDate")
  FROM "ActivityDocument" d JOIN "Activity" a ON a."id" = d."activityId"
  WHERE d."id" = document_id AND e."entityType" = 'DOCUMENT' AND e."entityId" = d."id";
END
$$;

CREATE FUNCTION "search_sync_rcp"(rcp_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchEntry" e SET "archived" = r."archivedAt" IS NOT NULL, "hostRcpIds" = ARRAY[r."id"]
  FROM "Rcp" r WHERE r."id" = rcp_id AND e."entityType" = 'RCP' AND e."entityId" = r."id";
END
$$;

-- Entries are rewritten whole when their text changes: fill the columns again each time.
CREATE OR REPLACE FUNCTION "search_rcp_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchEntry" WHERE "entityType" = 'RCP' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  PERFORM "search_refresh_rcp"(NEW."id");
  PERFORM "search_sync_rcp"(NEW."id");
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION "search_activity_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchEntry" WHERE "entityType" = 'ACTIVITY' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  PERFORM "search_refresh_activity"(NEW."id");
  PERFORM "search_sync_activity"(NEW."id");
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION "search_document_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchEntry" WHERE "entityType" = 'DOCUMENT' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' AND NEW."mediaType" IN ('application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document') THEN
    INSERT INTO "DocumentText" ("documentId") VALUES (NEW."id") ON CONFLICT DO NOTHING;
  END IF;
  PERFORM "search_refresh_document"(NEW."id");
  PERFORM "search_sync_document"(NEW."id");
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION "search_document_text_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_refresh_document"(NEW."documentId");
  PERFORM "search_sync_document"(NEW."documentId");
  RETURN NEW;
END
$$;

-- What the entries copy changed, whoever changed it (the app, the hosts' and themes' triggers, which
-- write "hostRcpIds" and "themeIds" on the activity row, the seed, the generator).
CREATE FUNCTION "search_activity_audience_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_sync_activity"(NEW."id");
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_activity_audience_changed"
  AFTER UPDATE OF "visibility", "hostRcpIds", "themeIds", "startDate", "endDate" ON "Activity" FOR EACH ROW
  WHEN (OLD."visibility" IS DISTINCT FROM NEW."visibility" OR OLD."hostRcpIds" IS DISTINCT FROM NEW."hostRcpIds"
    OR OLD."themeIds" IS DISTINCT FROM NEW."themeIds" OR OLD."startDate" IS DISTINCT FROM NEW."startDate"
    OR OLD."endDate" IS DISTINCT FROM NEW."endDate")
  EXECUTE FUNCTION "search_activity_audience_changed"();

CREATE FUNCTION "search_document_audience_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_sync_document"(NEW."id");
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_document_audience_changed"
  AFTER UPDATE OF "visibility", "date", "activityId" ON "ActivityDocument" FOR EACH ROW
  WHEN (OLD."visibility" IS DISTINCT FROM NEW."visibility" OR OLD."date" IS DISTINCT FROM NEW."date"
    OR OLD."activityId" IS DISTINCT FROM NEW."activityId")
  EXECUTE FUNCTION "search_document_audience_changed"();

CREATE FUNCTION "search_rcp_archived_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_sync_rcp"(NEW."id");
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_rcp_archived_changed" AFTER UPDATE OF "archivedAt" ON "Rcp" FOR EACH ROW
  WHEN (OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt")
  EXECUTE FUNCTION "search_rcp_archived_changed"();

-- An entry's words are indexed again only when its words change, not when the copies above do.
DROP TRIGGER "search_entry_vector" ON "SearchEntry";
CREATE TRIGGER "search_entry_vector" BEFORE INSERT OR UPDATE OF "names", "title", "body", "language"
  ON "SearchEntry" FOR EACH ROW EXECUTE FUNCTION "search_entry_vector"();

-- What exists already, in one statement per kind.
UPDATE "SearchEntry" e SET "tier" = a."visibility", "hostRcpIds" = a."hostRcpIds", "themeIds" = a."themeIds",
  "startDate" = a."startDate", "endDate" = COALESCE(a."endDate", a."startDate")
FROM "Activity" a WHERE e."entityType" = 'ACTIVITY' AND e."entityId" = a."id";
UPDATE "SearchEntry" e SET "tier" = "narrower_visibility"(d."visibility", a."visibility"),
  "hostRcpIds" = a."hostRcpIds", "themeIds" = a."themeIds",
  "startDate" = COALESCE(d."date", a."startDate"), "endDate" = COALESCE(d."date", a."startDate")
FROM "ActivityDocument" d JOIN "Activity" a ON a."id" = d."activityId"
WHERE e."entityType" = 'DOCUMENT' AND e."entityId" = d."id";
UPDATE "SearchEntry" e SET "archived" = r."archivedAt" IS NOT NULL, "hostRcpIds" = ARRAY[r."id"]
FROM "Rcp" r WHERE e."entityType" = 'RCP' AND e."entityId" = r."id";
