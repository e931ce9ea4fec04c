DROP INDEX "entities_name_key_trgm_idx";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "story_day" date GENERATED ALWAYS AS (coalesce(published_at, (created_at at time zone 'UTC')::date)) STORED;--> statement-breakpoint
CREATE INDEX "articles_story_day_simhash_idx" ON "articles" USING btree ("story_day","simhash","story_id","id");--> statement-breakpoint
CREATE INDEX "entities_person_family_idx" ON "entities" USING btree (split_part("name_key", ' ', -1)) WHERE "entities"."type" = 'person';