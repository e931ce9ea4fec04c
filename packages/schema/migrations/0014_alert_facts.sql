ALTER TABLE "alerts" DROP CONSTRAINT "alerts_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "alerts" DROP CONSTRAINT "alerts_entity_id_entities_id_fk";
--> statement-breakpoint
DROP INDEX "alerts_event_id_idx";--> statement-breakpoint
ALTER TABLE "alerts" DROP COLUMN "summary";