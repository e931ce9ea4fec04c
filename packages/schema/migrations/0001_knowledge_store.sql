CREATE TYPE "public"."article_language" AS ENUM('ar', 'en', 'other');--> statement-breakpoint
CREATE TYPE "public"."article_status" AS ENUM('queued', 'processing', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."entity_type" AS ENUM('person', 'organization', 'place', 'country');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('visit', 'meeting', 'agreement', 'conference', 'reception', 'statement', 'other');--> statement-breakpoint
CREATE TABLE "article_search" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"vector" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" "article_status" DEFAULT 'queued' NOT NULL,
	"error" text,
	"content_hash" text NOT NULL,
	"url" text,
	"source" text,
	"title" text,
	"author" text,
	"raw_text" text,
	"cleaned_text" text,
	"language" "article_language",
	"published_at" date,
	"attempts" integer DEFAULT 0 NOT NULL,
	"extraction" jsonb,
	"extractor_version" text,
	"source_id" uuid,
	"simhash" bigint,
	"story_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_entities" (
	"article_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"name" text NOT NULL,
	"rank" text,
	"role" text,
	"country" text,
	"mention_count" integer DEFAULT 0 NOT NULL,
	"extractor_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "entity_type" NOT NULL,
	"canonical_name" text NOT NULL,
	"name_key" text NOT NULL,
	"country" text,
	"place_kind" text,
	"lat" double precision,
	"lon" double precision,
	"merged_into" uuid,
	"mention_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"alias_key" text NOT NULL,
	"origin" text DEFAULT 'extracted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_id" uuid NOT NULL,
	"into_id" uuid NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"surface" text NOT NULL,
	"extractor_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_articles" (
	"event_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"evidence" text,
	"evidence_start" integer,
	"evidence_end" integer,
	"summary" text,
	"extractor_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	CONSTRAINT "event_participants_event_id_entity_id_pk" PRIMARY KEY("event_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "event_type" NOT NULL,
	"date" date,
	"anchor_date" date NOT NULL,
	"location" text,
	"location_kind" text,
	"location_country" text,
	"location_entity_id" uuid,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text NOT NULL,
	"article_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feed_items" (
	"feed_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"article_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_items_feed_id_item_key_pk" PRIMARY KEY("feed_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"title" text,
	"interval_minutes" integer DEFAULT 30 NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_polled_at" timestamp with time zone,
	"last_new_items" integer DEFAULT 0 NOT NULL,
	"total_items" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feeds_url_idx" UNIQUE("url")
);
--> statement-breakpoint
ALTER TABLE "article_search" ADD CONSTRAINT "article_search_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_story_id_story_clusters_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."story_clusters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_entities" ADD CONSTRAINT "article_entities_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_entities" ADD CONSTRAINT "article_entities_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_merged_into_entities_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_merges" ADD CONSTRAINT "entity_merges_from_id_entities_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_merges" ADD CONSTRAINT "entity_merges_into_id_entities_id_fk" FOREIGN KEY ("into_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_articles" ADD CONSTRAINT "event_articles_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_articles" ADD CONSTRAINT "event_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_location_entity_id_entities_id_fk" FOREIGN KEY ("location_entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_search_vector_idx" ON "article_search" USING gin ("vector");--> statement-breakpoint
CREATE INDEX "article_search_created_at_idx" ON "article_search" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_content_hash_idx" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_created_at_id_idx" ON "articles" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "articles_status_updated_at_idx" ON "articles" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "articles_story_id_idx" ON "articles" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "articles_source_id_created_at_idx" ON "articles" USING btree ("source_id","created_at");--> statement-breakpoint
CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "articles_url_idx" ON "articles" USING btree ("url");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_name_key_idx" ON "sources" USING btree ("name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "article_entities_article_id_entity_id_idx" ON "article_entities" USING btree ("article_id","entity_id");--> statement-breakpoint
CREATE INDEX "article_entities_entity_id_idx" ON "article_entities" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "entities_type_name_key_idx" ON "entities" USING btree ("type","name_key");--> statement-breakpoint
CREATE INDEX "entities_name_key_trgm_idx" ON "entities" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "entities_type_mention_count_idx" ON "entities" USING btree ("type","mention_count");--> statement-breakpoint
CREATE UNIQUE INDEX "entity_aliases_entity_id_alias_key_idx" ON "entity_aliases" USING btree ("entity_id","alias_key");--> statement-breakpoint
CREATE INDEX "entity_aliases_alias_key_idx" ON "entity_aliases" USING btree ("alias_key");--> statement-breakpoint
CREATE INDEX "entity_aliases_alias_key_trgm_idx" ON "entity_aliases" USING gin ("alias_key" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "mentions_article_id_start_end_idx" ON "mentions" USING btree ("article_id","start","end");--> statement-breakpoint
CREATE INDEX "mentions_entity_id_idx" ON "mentions" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_articles_article_id_ordinal_idx" ON "event_articles" USING btree ("article_id","ordinal");--> statement-breakpoint
CREATE INDEX "event_articles_event_id_idx" ON "event_articles" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_participants_entity_id_idx" ON "event_participants" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "events_type_anchor_date_idx" ON "events" USING btree ("type","anchor_date");--> statement-breakpoint
CREATE INDEX "events_type_date_idx" ON "events" USING btree ("type","date");--> statement-breakpoint
CREATE INDEX "events_countries_idx" ON "events" USING gin ("countries");