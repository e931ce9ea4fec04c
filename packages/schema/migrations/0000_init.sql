CREATE TYPE "public"."article_language" AS ENUM('ar', 'en', 'other');--> statement-breakpoint
CREATE TYPE "public"."article_status" AS ENUM('queued', 'processing', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" "article_status" DEFAULT 'queued' NOT NULL,
	"error" text,
	"content_hash" text NOT NULL,
	"url" text,
	"source" text,
	"title" text,
	"raw_text" text NOT NULL,
	"cleaned_text" text,
	"language" "article_language",
	"published_at" date,
	"attempts" integer DEFAULT 0 NOT NULL,
	"extraction" jsonb,
	"extractor_version" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "articles_content_hash_idx" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_created_at_id_idx" ON "articles" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_status_updated_at_idx" ON "articles" USING btree ("status","updated_at");