CREATE TYPE "public"."watch_rule_kind" AS ENUM('entity', 'country-pair', 'event-type', 'topic', 'search');--> statement-breakpoint
CREATE TABLE "alert_reads" (
	"reader" text NOT NULL,
	"alert_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_reads_reader_alert_id_pk" PRIMARY KEY("reader","alert_id")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watchlist_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"event_id" uuid,
	"entity_id" uuid,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watch_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watchlist_id" uuid NOT NULL,
	"kind" "watch_rule_kind" NOT NULL,
	"match_key" text NOT NULL,
	"entity_id" uuid,
	"scope" text DEFAULT 'events' NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"event_type" "event_type",
	"topic" text,
	"query" text,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlist_feed_secrets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watchlist_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "watchlist_feed_secrets_secret_hash_idx" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "watchlist_mutes" (
	"reader" text NOT NULL,
	"watchlist_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watchlist_mutes_reader_watchlist_id_pk" PRIMARY KEY("reader","watchlist_id")
);
--> statement-breakpoint
CREATE TABLE "watchlists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid,
	"name" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watchlist_id" uuid NOT NULL,
	"alert_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"response_status" integer,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_attempt_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "alert_reads" ADD CONSTRAINT "alert_reads_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_id_watch_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."watch_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_rules" ADD CONSTRAINT "watch_rules_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_rules" ADD CONSTRAINT "watch_rules_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_feed_secrets" ADD CONSTRAINT "watchlist_feed_secrets_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_mutes" ADD CONSTRAINT "watchlist_mutes_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlists" ADD CONSTRAINT "watchlists_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_reads_alert_id_idx" ON "alert_reads" USING btree ("alert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_rule_id_article_id_subject_idx" ON "alerts" USING btree ("rule_id","article_id","subject");--> statement-breakpoint
CREATE INDEX "alerts_watchlist_id_created_at_idx" ON "alerts" USING btree ("watchlist_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "alerts_article_id_idx" ON "alerts" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "alerts_event_id_idx" ON "alerts" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "watch_rules_match_key_idx" ON "watch_rules" USING btree ("match_key");--> statement-breakpoint
CREATE INDEX "watch_rules_watchlist_id_idx" ON "watch_rules" USING btree ("watchlist_id");--> statement-breakpoint
CREATE INDEX "watch_rules_search_idx" ON "watch_rules" USING btree ("kind") WHERE "watch_rules"."kind" = 'search';--> statement-breakpoint
CREATE INDEX "watchlist_feed_secrets_watchlist_id_idx" ON "watchlist_feed_secrets" USING btree ("watchlist_id");--> statement-breakpoint
CREATE INDEX "watchlists_owner_id_idx" ON "watchlists" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_watchlist_id_created_at_idx" ON "webhook_deliveries" USING btree ("watchlist_id","created_at" DESC NULLS LAST);