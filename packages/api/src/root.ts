import { accountRouter } from "./router/account";
import { articlesRouter } from "./router/articles";
import { correctionsRouter } from "./router/corrections";
import { entitiesRouter } from "./router/entities";
import { eventsRouter } from "./router/events";
import { feedsRouter } from "./router/feeds";
import { mapRouter } from "./router/map";
import { networkRouter } from "./router/network";
import { overviewRouter } from "./router/overview";
import { queueRouter } from "./router/queue";
import { runsRouter } from "./router/runs";
import { searchRouter } from "./router/search";
import { usersRouter } from "./router/users";
import { alertsRouter, watchlistsRouter } from "./router/watchlists";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  articles: articlesRouter,
  corrections: correctionsRouter,
  entities: entitiesRouter,
  events: eventsRouter,
  feeds: feedsRouter,
  map: mapRouter,
  network: networkRouter,
  overview: overviewRouter,
  queue: queueRouter,
  runs: runsRouter,
  search: searchRouter,
  users: usersRouter,
  watchlists: watchlistsRouter,
  alerts: alertsRouter,
});

export type AppRouter = typeof appRouter;
