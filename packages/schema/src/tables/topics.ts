import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";

/**
 * The topics of an article (the taxonomy of `topicSchema`: military-cooperation, training,
 * border-security…), one row each, so articles can be filtered and counted by topic.
 */
export const articleTopics = pgTable(
  "article_topics",
  {
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    topic: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.topic] }), index("article_topics_topic_article_id_idx").on(t.topic, t.articleId)],
);

export type ArticleTopic = typeof articleTopics.$inferSelect;
