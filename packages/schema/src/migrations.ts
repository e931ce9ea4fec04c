import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Folder of the SQL migrations that drizzle-kit generated from these tables. They ship with the
 * package so every consumer applies exactly the same schema. (Built with join() rather than
 * `new URL("../migrations", …)`, which bundlers mistake for a file to bundle.)
 */
export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), "..", "migrations");
