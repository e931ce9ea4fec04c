import { z } from "zod";
import * as api from "../src/zod";
import { ingestArticlePayloadSchema, pollFeedPayloadSchema } from "../src/queue";
import { openApiDocument } from "./openapi-document";

/**
 * The JSON Schema files shipped for consumers in other languages: what they send (input side of
 * the zod schemas) and what they read back (output side).
 */
const SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  "article-submission": { schema: api.articleSubmissionSchema, io: "input" },
  "feed-registration": { schema: api.feedRegistrationSchema, io: "input" },
  "ingest-article-payload": { schema: ingestArticlePayloadSchema, io: "input" },
  "poll-feed-payload": { schema: pollFeedPayloadSchema, io: "input" },
  extraction: { schema: api.extractionSchema, io: "output" },
  "batch-item-result": { schema: api.batchItemResultSchema, io: "output" },
  error: { schema: api.errorResponseSchema, io: "output" },
  "submit-response": { schema: api.submitResponseSchema, io: "output" },
  "batch-response": { schema: api.batchResponseSchema, io: "output" },
  article: { schema: api.articleResponseSchema, io: "output" },
  "article-list": { schema: api.articleListResponseSchema, io: "output" },
  "entity-list": { schema: api.entityListResponseSchema, io: "output" },
  "entity-profile": { schema: api.entityProfileResponseSchema, io: "output" },
  "event-list": { schema: api.eventListResponseSchema, io: "output" },
  "event-detail": { schema: api.eventDetailResponseSchema, io: "output" },
  "search-results": { schema: api.searchResponseSchema, io: "output" },
  feed: { schema: api.feedSchema, io: "output" },
  "feed-list": { schema: api.feedListResponseSchema, io: "output" },
  "watchlist-create": { schema: api.watchlistCreateSchema, io: "input" },
  "watchlist-detail": { schema: api.watchlistDetailSchema, io: "output" },
  "alert-list": { schema: api.alertListResponseSchema, io: "output" },
};

/** Every generated file, path relative to the package's `contract/` folder → content. */
export function contractFiles(version: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, { schema, io }] of Object.entries(SCHEMAS)) {
    const jsonSchema = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
    files.set(`json-schema/${name}.json`, `${JSON.stringify({ $id: `urn:marsad:schema:${name}`, ...jsonSchema }, null, 2)}\n`);
  }
  files.set("openapi.json", `${JSON.stringify(openApiDocument(version), null, 2)}\n`);
  return files;
}
