-- The watchlists page reads a page at a time, newest first, by (created_at, id) keyset: one index
-- for the open dashboard (every watchlist), one for a user's own (it also serves the owner
-- foreign key, so the owner-only index goes), and a partial one for the shared ones.
DROP INDEX "watchlists_owner_id_idx";--> statement-breakpoint
CREATE INDEX "watchlists_created_at_id_idx" ON "watchlists" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "watchlists_owner_id_created_at_id_idx" ON "watchlists" USING btree ("owner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "watchlists_shared_created_at_id_idx" ON "watchlists" USING btree ("created_at","id") WHERE "watchlists"."shared";