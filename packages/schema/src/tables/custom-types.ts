import { customType } from "drizzle-orm/pg-core";

/** Postgres `tsvector`, used for generated full-text search columns. */
export const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});
