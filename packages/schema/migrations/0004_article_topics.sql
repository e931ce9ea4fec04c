CREATE TABLE "article_topics" (
	"article_id" uuid NOT NULL,
	"topic" text NOT NULL,
	CONSTRAINT "article_topics_article_id_topic_pk" PRIMARY KEY("article_id","topic")
);
--> statement-breakpoint
ALTER TABLE "article_topics" ADD CONSTRAINT "article_topics_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_topics_topic_article_id_idx" ON "article_topics" USING btree ("topic","article_id");