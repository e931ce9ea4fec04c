import { fileURLToPath } from "node:url";

/**
 * Folder of the SQL migrations that drizzle-kit generated from these tables. They ship with the
 * package so every consumer applies exactly the same schema.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));
