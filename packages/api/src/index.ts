export { appRouter, type AppRouter } from "./root";
export { createCallerFactory, type Context } from "./trpc";
export * from "./services";
