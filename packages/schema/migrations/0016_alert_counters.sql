-- The unread count and the inbox no longer join every rule with every alert when read: each
-- watchlist keeps how many alerts it shows, each reader how many of them they read (and up to when
-- they marked all read), and the inbox reads alerts newest first by a new index. The counts of
-- existing watchlists and read marks are taken from the alerts as every reader joins them (an alert
-- of a rule's key made after it, of an article that came after it; an entity's events only, unless
-- the rule follows its mentions).
CREATE TABLE "watchlist_alert_counts" (
	"watchlist_id" uuid PRIMARY KEY NOT NULL,
	"shown" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlist_read_states" (
	"reader" text NOT NULL,
	"watchlist_id" uuid NOT NULL,
	"read" integer DEFAULT 0 NOT NULL,
	"read_through" timestamp with time zone,
	CONSTRAINT "watchlist_read_states_reader_watchlist_id_pk" PRIMARY KEY("reader","watchlist_id")
);
--> statement-breakpoint
ALTER TABLE "watchlist_alert_counts" ADD CONSTRAINT "watchlist_alert_counts_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_read_states" ADD CONSTRAINT "watchlist_read_states_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_created_at_id_idx" ON "alerts" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
INSERT INTO "watchlist_alert_counts" ("watchlist_id", "shown")
  SELECT w."id", coalesce(n."shown", 0) FROM "watchlists" w LEFT JOIN (
    SELECT r."watchlist_id", count(DISTINCT a."id") AS "shown"
    FROM "watch_rules" r
    JOIN "alerts" a ON a."match_key" = r."match_key" AND a."created_at" >= r."created_at"
      AND (r."kind" <> 'entity' OR r."scope" = 'mentions' OR a."subject" LIKE 'event:%')
    JOIN "articles" ar ON ar."id" = a."article_id" AND ar."created_at" >= r."created_at"
    GROUP BY r."watchlist_id") n ON n."watchlist_id" = w."id";--> statement-breakpoint
INSERT INTO "watchlist_read_states" ("reader", "watchlist_id", "read")
  SELECT x."reader", x."watchlist_id", count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM "watch_rules" r
    JOIN "alerts" a ON a."id" = x."alert_id" AND a."match_key" = r."match_key" AND a."created_at" >= r."created_at"
      AND (r."kind" <> 'entity' OR r."scope" = 'mentions' OR a."subject" LIKE 'event:%')
    JOIN "articles" ar ON ar."id" = a."article_id" AND ar."created_at" >= r."created_at"
    WHERE r."watchlist_id" = x."watchlist_id"))
  FROM "alert_reads" x
  GROUP BY x."reader", x."watchlist_id";
