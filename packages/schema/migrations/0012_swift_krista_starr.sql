CREATE TABLE "matched_articles" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone,
	"matched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alerts" DROP CONSTRAINT "alerts_watchlist_id_watchlists_id_fk";
--> statement-breakpoint
ALTER TABLE "alerts" DROP CONSTRAINT "alerts_rule_id_watch_rules_id_fk";
--> statement-breakpoint
ALTER TABLE "alerts" DROP CONSTRAINT "alerts_article_id_articles_id_fk";
--> statement-breakpoint
DROP INDEX "alerts_rule_id_article_id_subject_idx";--> statement-breakpoint
DROP INDEX "alerts_article_id_idx";--> statement-breakpoint
DROP INDEX "alerts_event_id_idx";--> statement-breakpoint
ALTER TABLE "matched_articles" ADD CONSTRAINT "matched_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_article_id_rule_id_subject_idx" ON "alerts" USING btree ("article_id","rule_id","subject");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_pending_created_at_idx" ON "webhook_deliveries" USING btree ("created_at") WHERE "webhook_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "alerts_event_id_idx" ON "alerts" USING btree ("event_id") WHERE "alerts"."event_id" is not null;--> statement-breakpoint
-- Alerts have no foreign keys on their rule and article (checked per row, they made matching an
-- article cost as much as storing it): deleting rules or articles deletes their alerts here, one
-- statement per delete. A rule's alerts are found through its watchlist's index.
CREATE FUNCTION "delete_alerts_of_deleted_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "alerts" a USING "deleted_rules" r WHERE a."watchlist_id" = r."watchlist_id" AND a."rule_id" = r."id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "watch_rules_delete_alerts" AFTER DELETE ON "watch_rules" REFERENCING OLD TABLE AS "deleted_rules"
  FOR EACH STATEMENT EXECUTE FUNCTION "delete_alerts_of_deleted_rules"();--> statement-breakpoint
CREATE FUNCTION "delete_alerts_of_deleted_articles"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "alerts" a USING "deleted_articles" d WHERE a."article_id" = d."id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "articles_delete_alerts" AFTER DELETE ON "articles" REFERENCING OLD TABLE AS "deleted_articles"
  FOR EACH STATEMENT EXECUTE FUNCTION "delete_alerts_of_deleted_articles"();
