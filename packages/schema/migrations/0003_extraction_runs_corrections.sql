CREATE TYPE "public"."extraction_run_kind" AS ENUM('ingest', 'reprocess');--> statement-breakpoint
CREATE TYPE "public"."correction_action" AS ENUM('accept', 'edit', 'reject');--> statement-breakpoint
CREATE TYPE "public"."fact_type" AS ENUM('mention', 'title', 'event', 'participant');--> statement-breakpoint
CREATE TABLE "extraction_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"extractor_version" text NOT NULL,
	"kind" "extraction_run_kind" NOT NULL,
	"scope" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"article_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fact_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid,
	"fact_type" "fact_type" NOT NULL,
	"fact_key" text NOT NULL,
	"action" "correction_action" NOT NULL,
	"value" jsonb,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"extractor_version" text
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "extraction_run_id" uuid;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "fact_corrections" ADD CONSTRAINT "fact_corrections_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extraction_runs_requested_at_idx" ON "extraction_runs" USING btree ("requested_at");--> statement-breakpoint
CREATE INDEX "fact_corrections_fact_type_fact_key_created_at_idx" ON "fact_corrections" USING btree ("fact_type","fact_key","created_at");--> statement-breakpoint
CREATE INDEX "fact_corrections_article_id_idx" ON "fact_corrections" USING btree ("article_id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_extraction_run_id_extraction_runs_id_fk" FOREIGN KEY ("extraction_run_id") REFERENCES "public"."extraction_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_extraction_run_id_status_idx" ON "articles" USING btree ("extraction_run_id","status");