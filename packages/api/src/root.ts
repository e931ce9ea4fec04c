import { articlesRouter } from "./router/articles";
import { entitiesRouter } from "./router/entities";
import { eventsRouter } from "./router/events";
import { feedsRouter } from "./router/feeds";
import { searchRouter } from "./router/search";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  articles: articlesRouter,
  entities: entitiesRouter,
  events: eventsRouter,
  feeds: feedsRouter,
  search: searchRouter,
});

export type AppRouter = typeof appRouter;
