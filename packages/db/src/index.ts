export { createDb, type Db, type DbHandle } from "./client";
export { migrate, MIGRATIONS_FOLDER } from "./migrate";
export * from "./queries/articles";
export * from "./queries/health";
export * from "./queries/entities";
export * from "./queries/events";
export * from "./queries/search";
export * from "./queries/feeds";
