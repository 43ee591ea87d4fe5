-- Search: one table of what can be found (processes, activities, documents with the text inside
-- their files, countries), kept in step by triggers, with a text-search configuration per language
-- that ignores accents ("migracion" finds "migración") and a plain one for names and acronyms.
-- Both extensions ship with PostgreSQL.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is not IMMUTABLE, so it is used as a dictionary before each stemmer instead.
CREATE TEXT SEARCH CONFIGURATION search_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION search_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION search_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION search_fr ALTER MAPPING FOR asciihword, asciiword, hword, hword_part, word, hword_asciipart WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION search_es (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION search_es ALTER MAPPING FOR asciihword, asciiword, hword, hword_part, word, hword_asciipart WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION search_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION search_simple ALTER MAPPING FOR asciihword, asciiword, hword, hword_part, word, hword_asciipart WITH unaccent, simple;

-- CreateEnum
CREATE TYPE "SearchEntityType" AS ENUM ('RCP', 'ACTIVITY', 'DOCUMENT', 'COUNTRY');

-- CreateEnum
CREATE TYPE "TextExtractionStatus" AS ENUM ('PENDING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "SearchEntry" (
    "entityType" "SearchEntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "names" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "vector" tsvector,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("entityType","entityId","language")
);

-- CreateTable
CREATE TABLE "DocumentText" (
    "documentId" TEXT NOT NULL,
    "status" "TextExtractionStatus" NOT NULL DEFAULT 'PENDING',
    "text" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentText_pkey" PRIMARY KEY ("documentId")
);

-- CreateIndex
CREATE INDEX "SearchEntry_vector_idx" ON "SearchEntry" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchEntry_names_idx" ON "SearchEntry" USING GIN ("names" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DocumentText_status_idx" ON "DocumentText"("status");

-- AddForeignKey
ALTER TABLE "DocumentText" ADD CONSTRAINT "DocumentText_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ActivityDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The configuration of an entry's language; languages without a stemmer here are not stemmed.
CREATE FUNCTION "search_config"(language TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE language WHEN 'en' THEN 'search_en' WHEN 'fr' THEN 'search_fr' WHEN 'es' THEN 'search_es'
    ELSE 'search_simple' END::regconfig
$$;

-- Names weigh most, then the title, then the body; names are kept folded for the trigram match.
CREATE FUNCTION "search_entry_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."names" := lower(unaccent(NEW."names"));
  NEW."vector" := setweight(to_tsvector('search_simple', NEW."names"), 'A')
    || setweight(to_tsvector("search_config"(NEW."language"), NEW."title"), 'A')
    || setweight(to_tsvector("search_config"(NEW."language"), left(NEW."body", 500000)), 'C');
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_entry_vector" BEFORE INSERT OR UPDATE ON "SearchEntry"
  FOR EACH ROW EXECUTE FUNCTION "search_entry_vector"();

-- A process: its names in every language in each entry (people search for a name in any language),
-- its title and description in that language, English where it has none.
CREATE FUNCTION "search_refresh_rcp"(rcp_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE "entityType" = 'RCP' AND "entityId" = rcp_id;
  INSERT INTO "SearchEntry" ("entityType", "entityId", "language", "title", "names", "body")
  SELECT 'RCP', r."id", l.language,
    COALESCE(NULLIF(r."localizedNames" -> l.language ->> 'shortName', ''), r."shortName"),
    concat_ws(' ', r."name", r."shortName", r."acronym", array_to_string(r."otherNames", ' '),
      r."localizedNames" -> 'fr' ->> 'name', r."localizedNames" -> 'fr' ->> 'shortName', r."localizedNames" -> 'fr' ->> 'acronym',
      r."localizedNames" -> 'es' ->> 'name', r."localizedNames" -> 'es' ->> 'shortName', r."localizedNames" -> 'es' ->> 'acronym'),
    COALESCE(NULLIF(r."description" ->> l.language, ''), r."description" ->> 'en', '')
  FROM "Rcp" r CROSS JOIN (VALUES ('en'), ('fr'), ('es')) AS l(language)
  WHERE r."id" = rcp_id;
END
$$;

-- An activity: one entry per language it has a title or summary in.
CREATE FUNCTION "search_refresh_activity"(activity_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE "entityType" = 'ACTIVITY' AND "entityId" = activity_id;
  INSERT INTO "SearchEntry" ("entityType", "entityId", "language", "title", "body")
  SELECT 'ACTIVITY', a."id", l.language,
    COALESCE(NULLIF(a."title" ->> l.language, ''), a."title" ->> 'en', a."title" ->> 'fr', a."title" ->> 'es', ''),
    concat_ws(' ', a."summary" ->> l.language, a."location")
  FROM "Activity" a CROSS JOIN (VALUES ('en'), ('fr'), ('es')) AS l(language)
  WHERE a."id" = activity_id
    AND (NULLIF(a."title" ->> l.language, '') IS NOT NULL OR NULLIF(a."summary" ->> l.language, '') IS NOT NULL);
END
$$;

-- A document: its title and the text extracted from its file, in the document's language.
CREATE FUNCTION "search_refresh_document"(document_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE "entityType" = 'DOCUMENT' AND "entityId" = document_id;
  INSERT INTO "SearchEntry" ("entityType", "entityId", "language", "title", "body")
  SELECT 'DOCUMENT', d."id", d."language", d."title", COALESCE(t."text", '')
  FROM "ActivityDocument" d LEFT JOIN "DocumentText" t ON t."documentId" = d."id"
  WHERE d."id" = document_id;
END
$$;

CREATE FUNCTION "search_rcp_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchEntry" WHERE "entityType" = 'RCP' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  PERFORM "search_refresh_rcp"(NEW."id");
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_rcp_changed" AFTER INSERT OR DELETE OR UPDATE OF "name", "shortName", "acronym", "otherNames", "localizedNames", "description"
  ON "Rcp" FOR EACH ROW EXECUTE FUNCTION "search_rcp_changed"();

CREATE FUNCTION "search_activity_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchEntry" WHERE "entityType" = 'ACTIVITY' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  PERFORM "search_refresh_activity"(NEW."id");
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_activity_changed" AFTER INSERT OR DELETE OR UPDATE OF "title", "summary", "location"
  ON "Activity" FOR EACH ROW EXECUTE FUNCTION "search_activity_changed"();

-- A new PDF or Word file is due for extraction in the transaction that records it, whoever writes it.
CREATE FUNCTION "search_document_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_document_changed" AFTER INSERT OR DELETE OR UPDATE OF "title", "language"
  ON "ActivityDocument" FOR EACH ROW EXECUTE FUNCTION "search_document_changed"();

CREATE FUNCTION "search_document_text_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_refresh_document"(NEW."documentId");
  RETURN NEW;
END
$$;
CREATE TRIGGER "search_document_text_changed" AFTER INSERT OR UPDATE OF "text"
  ON "DocumentText" FOR EACH ROW EXECUTE FUNCTION "search_document_text_changed"();

-- What exists already.
SELECT "search_refresh_rcp"("id") FROM "Rcp";
SELECT "search_refresh_activity"("id") FROM "Activity";
INSERT INTO "DocumentText" ("documentId")
  SELECT "id" FROM "ActivityDocument" WHERE "mediaType" IN ('application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
SELECT "search_refresh_document"("id") FROM "ActivityDocument";
