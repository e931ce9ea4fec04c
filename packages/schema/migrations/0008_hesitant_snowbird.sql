ALTER TYPE "public"."fact_type" ADD VALUE 'report';--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "family_skeleton" text;--> statement-breakpoint
ALTER TABLE "event_articles" ADD COLUMN "joined_by" jsonb;--> statement-breakpoint
CREATE INDEX "entities_person_family_skeleton_idx" ON "entities" USING btree ("family_skeleton") WHERE "entities"."type" = 'person';