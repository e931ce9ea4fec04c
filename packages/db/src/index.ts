export { createDb, type Db, type DbHandle } from "./client";
export { migrate, MIGRATIONS_FOLDER } from "./migrate";
export * from "./queries/articles";
export * from "./queries/health";
