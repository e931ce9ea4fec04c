import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` runs from here; it needs no database. Migrations are applied at start-up
// by @marsad/db's migrate().
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/tables/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
