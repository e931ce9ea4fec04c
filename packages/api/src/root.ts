import { articlesRouter } from "./router/articles";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  articles: articlesRouter,
});

export type AppRouter = typeof appRouter;
