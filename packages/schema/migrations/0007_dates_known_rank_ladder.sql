CREATE TYPE "public"."published_source" AS ENUM('stated', 'hijri', 'inferred', 'feed', 'page', 'submitter');--> statement-breakpoint
CREATE TYPE "public"."event_date_source" AS ENUM('text', 'publication');--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "published_source" "published_source";--> statement-breakpoint
ALTER TABLE "article_entities" ADD COLUMN "rank_key" text;--> statement-breakpoint
ALTER TABLE "article_entities" ADD COLUMN "rank_grade" smallint;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "date_source" "event_date_source";--> statement-breakpoint
-- Dates stored before this migration were only ever read from the event's own text.
UPDATE "events" SET "date_source" = 'text' WHERE "date" IS NOT NULL;
