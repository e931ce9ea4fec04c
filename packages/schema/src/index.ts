/**
 * @marsad/schema — the shared contract of Marsad.
 *
 * - `./tables`: Drizzle tables (Postgres) and their row types.
 * - `./zod`: zod schemas of submissions, queries and the extraction result.
 * - `./queue`: queue names, job names, job payloads and their retry policy.
 */
export * from "./tables";
export * from "./zod";
export * from "./queue";
