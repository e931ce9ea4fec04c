-- Alerts are stored once per article, match key and subject, shared by every rule of the key
-- (hundreds of watchlists following the same topic or pair made hundreds of identical rows per
-- article). Existing alerts take their rule's key; those of one article, key and subject become
-- the oldest of them, and read marks and webhook deliveries follow it. Alerts whose rule is gone
-- were never shown and go.
ALTER TABLE "alerts" ADD COLUMN "match_key" text;--> statement-breakpoint
UPDATE "alerts" a SET "match_key" = r."match_key" FROM "watch_rules" r WHERE r."id" = a."rule_id";--> statement-breakpoint
DELETE FROM "alerts" WHERE "match_key" IS NULL;--> statement-breakpoint
-- Read marks are kept per watchlist: the alert's, before alerts lose theirs.
ALTER TABLE "alert_reads" ADD COLUMN "watchlist_id" uuid;--> statement-breakpoint
UPDATE "alert_reads" r SET "watchlist_id" = a."watchlist_id" FROM "alerts" a WHERE a."id" = r."alert_id";--> statement-breakpoint
ALTER TABLE "alert_reads" DROP CONSTRAINT "alert_reads_reader_alert_id_pk";--> statement-breakpoint
CREATE TEMPORARY TABLE "alert_kept" ON COMMIT DROP AS
  SELECT "id", first_value("id") OVER (PARTITION BY "article_id", "match_key", "subject" ORDER BY "created_at", "id") AS "keep"
  FROM "alerts";--> statement-breakpoint
UPDATE "alert_reads" r SET "alert_id" = k."keep" FROM "alert_kept" k WHERE k."id" = r."alert_id" AND k."keep" <> k."id";--> statement-breakpoint
DELETE FROM "alert_reads" a USING "alert_reads" b
  WHERE a."reader" = b."reader" AND a."watchlist_id" = b."watchlist_id" AND a."alert_id" = b."alert_id" AND a."ctid" > b."ctid";--> statement-breakpoint
UPDATE "webhook_deliveries" d SET "alert_ids" = ARRAY(
  SELECT DISTINCT k."keep" FROM unnest(d."alert_ids") AS x("id") JOIN "alert_kept" k ON k."id" = x."id");--> statement-breakpoint
DELETE FROM "alerts" a USING "alert_kept" k WHERE k."id" = a."id" AND k."keep" <> k."id";--> statement-breakpoint
DROP INDEX "alerts_article_id_rule_id_subject_idx";--> statement-breakpoint
DROP INDEX "alerts_watchlist_id_created_at_idx";--> statement-breakpoint
ALTER TABLE "alerts" DROP COLUMN "watchlist_id";--> statement-breakpoint
ALTER TABLE "alerts" DROP COLUMN "rule_id";--> statement-breakpoint
ALTER TABLE "alerts" DROP COLUMN "entity_id";--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "match_key" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_article_id_match_key_subject_idx" ON "alerts" USING btree ("article_id","match_key","subject");--> statement-breakpoint
CREATE INDEX "alerts_match_key_created_at_idx" ON "alerts" USING btree ("match_key","created_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "alert_reads" ALTER COLUMN "watchlist_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_reads" ADD CONSTRAINT "alert_reads_reader_watchlist_id_alert_id_pk" PRIMARY KEY("reader","watchlist_id","alert_id");--> statement-breakpoint
ALTER TABLE "alert_reads" ADD CONSTRAINT "alert_reads_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_reads_watchlist_id_idx" ON "alert_reads" USING btree ("watchlist_id");--> statement-breakpoint
-- A rule's alerts are its key's: they go when the last rule of the key does.
CREATE OR REPLACE FUNCTION "delete_alerts_of_deleted_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "alerts" a USING (SELECT DISTINCT "match_key" FROM "deleted_rules") d
    WHERE a."match_key" = d."match_key"
      AND NOT EXISTS (SELECT 1 FROM "watch_rules" r WHERE r."match_key" = d."match_key");
  RETURN NULL;
END $$;
